package io.sockscope.app.live;

import io.sockscope.app.ui.MainWindow;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

/** Adds the live items to the window's menu bar: File → New live session, and a Socket menu. */
final class LiveMenus {
    private LiveMenus() {
    }

    static void install(LiveWindow live, MainWindow window, SocketMenu menus, Supplier<String> selected) {
        MenuBar bar = (MenuBar) window.stage().getScene().lookup("#menuBar");
        if (bar == null) {
            throw new IllegalStateException("the window has no #menuBar to add the live menus to");
        }
        MenuItem fresh = item(live, "live.menu.new", "Shortcut+N");
        fresh.setId("newLiveSession");
        fresh.setOnAction(e -> live.newSession(live.i18n().t("live.title"), ""));
        Menu file = bar.getMenus().stream().filter(m -> "fileMenu".equals(m.getId())).findFirst().orElse(null);
        if (file != null) {
            file.getItems().add(0, fresh);
        } else {
            Menu m = new Menu();
            m.textProperty().bind(live.i18n().bind("live.menu.session"));
            m.getItems().add(fresh);
            bar.getMenus().add(m);
        }
        Menu socket = new Menu();
        socket.setId("socketCallsMenu");
        socket.textProperty().bind(live.i18n().bind("live.menu.socket"));
        socket.getItems().addAll(menus.menuBarItems(selected));
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), socket);
    }

    private static MenuItem item(LiveWindow live, String key, String accelerator) {
        MenuItem it = new MenuItem();
        it.textProperty().bind(live.i18n().bind(key));
        it.setAccelerator(KeyCombination.keyCombination(accelerator));
        return it;
    }

}
