package io.sockscope.app.launch;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Starts JavaFX while the command line is still being read. The toolkit's start (a display
 * connection, native libraries, the render thread) and the command line's (picocli's model,
 * reading the session's header) take about as long each and share nothing, so on two cores
 * they run side by side. The application starts with no window; {@link GuiLauncher#launch}
 * hands it the request once the command line has made one.
 */
final class EarlyToolkit {
    /** The commands that open the window (the launcher's CDS recording uses the same list). */
    private static final Set<String> WINDOW_COMMANDS = Set.of("open", "present", "run", "serve", "trace");
    private static final List<String> NO_WINDOW_OPTIONS = List.of("-h", "--help", "-V", "--version");

    private static final CompletableFuture<Started> STARTED = new CompletableFuture<>();
    private static Thread launcher;

    /** The application once JavaFX has called its start, and the stage it was given. */
    record Started(GuiLauncher.Window app, Stage stage) {
    }

    private EarlyToolkit() {
    }

    /**
     * Whether {@code args} will most likely open the window on a machine that has a display:
     * only then is starting early worth it (and only then may a missing display's warnings be
     * printed, as they would be anyway).
     */
    static boolean worthStarting(List<String> args, java.util.Map<String, String> env) {
        boolean display = env.get("DISPLAY") != null || env.get("WAYLAND_DISPLAY") != null;
        boolean window = args.isEmpty() || WINDOW_COMMANDS.contains(args.get(0));
        return display && window && args.stream().noneMatch(NO_WINDOW_OPTIONS::contains);
    }

    /** Starts JavaFX on a thread of its own, once; {@link Application#launch} blocks it until the window closes. */
    static synchronized void begin() {
        if (launcher != null) {
            return;
        }
        launcher = new Thread(() -> {
            try {
                Application.launch(GuiLauncher.Window.class);
            } catch (Throwable t) { // no display, a broken JavaFX: reported when the window is asked for
                STARTED.completeExceptionally(t);
            }
        }, "javafx-start");
        launcher.start();
    }

    /** Called from the application's start on the FX thread. */
    static void started(GuiLauncher.Window app, Stage stage) {
        STARTED.complete(new Started(app, stage));
    }

    /**
     * Waits for JavaFX to have started (starting it if nobody has); a toolkit that could not
     * start is rethrown as the unchecked exception {@code Application.launch} would have thrown.
     */
    static Started await() {
        begin();
        try {
            return STARTED.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX was starting", e);
        }
    }

    /**
     * Before the process exits: waits for an early start to have finished either way, since
     * JavaFX prints a stack trace when the JVM exits in the middle of its start. A start that
     * failed matters only to a command that asked for the window, and {@link #await} reports it there.
     */
    static void settle() {
        synchronized (EarlyToolkit.class) {
            if (launcher == null) {
                return;
            }
        }
        STARTED.handle((started, failure) -> null).join();
    }

    /** Waits until JavaFX has ended (the last window closed and the application stopped). */
    static void awaitEnd() {
        Thread t;
        synchronized (EarlyToolkit.class) {
            t = launcher;
        }
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the window was open", e);
        }
    }
}
