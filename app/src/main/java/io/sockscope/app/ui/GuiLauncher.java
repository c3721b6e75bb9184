package io.sockscope.app.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** Opens the Sockscope window. */
public final class GuiLauncher {

    /** What the window should do when it opens. */
    public record Request(Path open, String runScenario, Integer servePort, boolean serveEcho, boolean serve) {
        public static Request empty() {
            return new Request(null, null, null, false, false);
        }
    }

    private static volatile Request request = Request.empty();

    private GuiLauncher() {
    }

    /** Starts JavaFX and blocks until the window closes. */
    public static void launch(Request req) {
        request = req;
        Application.launch(Window.class);
    }

    /** The window (a first version: title and a welcome line). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Sockscope");
            stage.setScene(new Scene(new StackPane(new Label("Sockscope")), 1200, 800));
            stage.show();
        }
    }
}
