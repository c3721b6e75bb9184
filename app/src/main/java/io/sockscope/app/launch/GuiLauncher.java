package io.sockscope.app.launch;

import io.sockscope.app.live.Autosave;
import io.sockscope.app.live.LiveWindow;
import io.sockscope.app.present.Presentation;
import io.sockscope.app.ui.Language;
import io.sockscope.app.ui.Theme;
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
    public record Request(Path open, String runScenario, Integer servePort, boolean serveEcho, boolean serve,
                          Presenting present, Traced trace) {
        public Request(Path open, String runScenario, Integer servePort, boolean serveEcho, boolean serve) {
            this(open, runScenario, servePort, serveEcho, serve, null, null);
        }

        public static Request empty() {
            return new Request(null, null, null, false, false);
        }

        /** Opens {@code file} and presents it at once. */
        public static Request present(Path file, Presenting how) {
            return new Request(file, null, null, false, false, how, null);
        }

        /** Draws a launched (not yet followed) tracer's program live. */
        public static Request trace(String title, Tracer tracer) {
            return new Request(null, null, null, false, false, null, new Traced(title, tracer));
        }
    }

    /** A program under strace for the window to draw live, and the session's title. */
    public record Traced(String title, Tracer tracer) {
    }

    /**
     * Present the opened file at once: from {@code step} (1-based; 0 for the first), in
     * {@code language} and {@code theme} (null: the window's).
     */
    public record Presenting(int step, Language language, Theme theme) {
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
            window.setPresenter(() -> Presentation.open(window, window.i18n().language(), window.themes().theme(), 0));
            stage.show();
            Request req = request;
            if (req.open() != null && req.present() != null) {
                presentWhenOpen(window, req.present());
                window.open(req.open());
            } else if (req.open() != null) {
                window.open(req.open());
            } else if (req.runScenario() != null) {
                window.runScenario(req.runScenario());
            } else if (req.trace() != null) {
                live.trace(req.trace().title(), req.trace().tracer());
            } else if (req.serve()) {
                window.serve(req.servePort() == null ? 0 : req.servePort(), req.serveEcho());
            }
        }

        /** Once the file is read, presents it as {@code p} asks. */
        private static void presentWhenOpen(MainWindow window, Presenting p) {
            window.viewModel().sessionProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends io.sockscope.app.ui.LoadedSession> o,
                                    io.sockscope.app.ui.LoadedSession a, io.sockscope.app.ui.LoadedSession b) {
                    if (b != null) {
                        o.removeListener(this);
                        // the session is set while its events are still being swapped in: present after that
                        javafx.application.Platform.runLater(() -> present(window, p));
                    }
                }
            });
        }

        private static void present(MainWindow window, Presenting p) {
            Presentation.open(window, p.language() != null ? p.language() : window.i18n().language(),
                    p.theme() != null ? p.theme() : window.themes().theme(), p.step());
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
