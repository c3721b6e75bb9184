package io.sockscope.app.launch;

import io.sockscope.app.live.Autosave;
import io.sockscope.app.live.LiveWindow;
import io.sockscope.app.ui.MainWindow;
import io.sockscope.app.ui.Settings;
import io.sockscope.model.trace.Tracer;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Opens the Sockscope window: the main window ({@code ui}) made live ({@code live}). It sits
 * above both packages so that neither has to know the other's construction.
 */
public final class GuiLauncher {

    /** What the window should do when it opens. */
    public record Request(Path open, String runScenario, Integer servePort, boolean serveEcho, boolean serve, Traced trace) {
        public Request(Path open, String runScenario, Integer servePort, boolean serveEcho, boolean serve) {
            this(open, runScenario, servePort, serveEcho, serve, null);
        }

        public static Request empty() {
            return new Request(null, null, null, false, false);
        }

        /** Draws a launched (not yet followed) tracer's program live. */
        public static Request trace(String title, Tracer tracer) {
            return new Request(null, null, null, false, false, new Traced(title, tracer));
        }
    }

    /** A program under strace for the window to draw live, and the session's title. */
    public record Traced(String title, Tracer tracer) {
    }

    private static volatile Request request = Request.empty();

    private GuiLauncher() {
    }

    /** Starts JavaFX and blocks until the window closes. */
    public static void launch(Request req) {
        request = java.util.Objects.requireNonNull(req, "req");
        Application.launch(Window.class);
    }

    /** The JavaFX application: one main window. */
    public static final class Window extends Application {
        private LiveWindow live;
        private Settings settings;
        private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "session-loader");
            t.setDaemon(true);
            return t;
        });

        @Override
        public void start(Stage stage) {
            settings = Settings.load(Settings.defaultDir());
            MainWindow window = MainWindow.reading(stage, settings, loader);
            live = LiveWindow.attach(window, Autosave.forUser());
            stage.show();
            Request req = request;
            if (req.open() != null) {
                window.open(req.open());
            } else if (req.runScenario() != null) {
                window.runScenario(req.runScenario());
            } else if (req.trace() != null) {
                live.trace(req.trace().title(), req.trace().tracer());
            } else if (req.serve()) {
                window.serve(req.servePort() == null ? 0 : req.servePort(), req.serveEcho());
            }
        }

        @Override
        public void stop() {
            if (live != null) {
                live.close();
            }
            loader.shutdownNow();
            if (settings != null) {
                settings.flush(); // the window's last save (size, layout) is written before the JVM ends
            }
        }
    }
}
