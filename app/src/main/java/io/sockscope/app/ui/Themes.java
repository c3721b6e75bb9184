package io.sockscope.app.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;

/** Applies the light or dark look to the whole application and the window's own stylesheet. */
public final class Themes {
    static final String APP_CSS = "/io/sockscope/app/ui/sockscope.css";

    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme");

    public Themes(Theme initial) {
        theme.addListener((obs, old, now) -> Application.setUserAgentStylesheet(now.userAgentStylesheet()));
        theme.set(Objects.requireNonNull(initial, "initial"));
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme theme() {
        return theme.get();
    }

    public void setTheme(Theme t) {
        theme.set(Objects.requireNonNull(t, "theme"));
    }

    /** Adds the window stylesheet and keeps the scene root's {@code dark} style class in step. */
    public void style(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(Themes.class.getResource(APP_CSS), APP_CSS).toExternalForm());
        Runnable mark = () -> {
            scene.getRoot().getStyleClass().remove("dark");
            if (theme.get().dark()) {
                scene.getRoot().getStyleClass().add("dark");
            }
        };
        theme.addListener((obs, old, now) -> mark.run());
        mark.run();
    }
}
