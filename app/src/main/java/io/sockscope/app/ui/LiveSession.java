package io.sockscope.app.ui;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import javafx.application.Platform;
import javafx.animation.AnimationTimer;

/**
 * A session happening now on real sockets: an engine whose events are recorded to a file as
 * they happen and handed to the view model in batches, at most once per frame.
 */
final class LiveSession implements AutoCloseable {
    /** Most events moved to the FX thread in one frame, so a burst cannot starve rendering. */
    static final int MAX_PER_FRAME = 2_000;
    private static final System.Logger LOG = System.getLogger(LiveSession.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Engine engine;
    private final SessionWriter writer;
    private final Path file;
    private final Queue<Event> inbox = new ConcurrentLinkedQueue<>();
    private final AnimationTimer drain;
    private final SessionViewModel vm;
    private CompletableFuture<Void> closing;
    private String title = "";

    private LiveSession(SessionViewModel vm, Path file, SessionHeader header) throws IOException {
        this.vm = vm;
        this.file = file;
        Files.createDirectories(file.getParent());
        this.writer = SessionWriter.open(file, header, WriterOptions.defaults());
        this.engine = Engines.start(EngineConfig.defaults());
        engine.subscribe(e -> {
            writer.accept(e);
            inbox.add(e);
        });
        drain = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drainOnce();
            }
        };
    }

    /**
     * Creates the recording file and starts an engine; does file I/O, so call it off the FX
     * thread. Nothing is shown until {@link #attach()}.
     */
    static LiveSession create(SessionViewModel vm, Path dir, String name, String title, String scenario, String lang)
            throws IOException {
        Objects.requireNonNull(vm, "vm");
        Path file = dir.resolve(LocalDateTime.now().format(STAMP) + "-" + name + ".sockscope");
        LiveSession live = new LiveSession(vm, file, SessionHeader.create(title, scenario, lang));
        live.title = title;
        return live;
    }

    /** Shows this session in the view model and starts feeding it; on the FX thread. */
    void attach() {
        vm.showLive(new LoadedSession(file, title, List.of()));
        drain.start();
    }

    /**
     * Where live sessions are recorded: {@code $XDG_DATA_HOME/sockscope/sessions}, default
     * {@code ~/.local/share/sockscope/sessions}; the system property {@code sockscope.data.dir} overrides it.
     */
    static Path defaultDir() {
        String override = System.getProperty("sockscope.data.dir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("sockscope").resolve("sessions");
    }

    Engine engine() {
        return engine;
    }

    Path file() {
        return file;
    }

    private void drainOnce() {
        List<Event> batch = new ArrayList<>();
        Event e;
        while (batch.size() < MAX_PER_FRAME && (e = inbox.poll()) != null) {
            batch.add(e);
        }
        vm.append(batch);
    }

    /**
     * Closes every socket (their last events still arrive) and finishes the recording on a
     * background thread, so the FX thread never waits on a socket; call on the FX thread.
     */
    CompletableFuture<Void> closeAsync() {
        if (closing != null) {
            return closing;
        }
        closing = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            shutDown();
            Platform.runLater(this::finish);
        }, "live-session-close");
        t.setDaemon(true);
        t.start();
        return closing;
    }

    /** Closes at once, waiting for the engine (when the application exits). */
    @Override
    public void close() {
        if (closing == null) {
            closing = new CompletableFuture<>();
            shutDown();
            finish();
        }
    }

    private void shutDown() {
        engine.close();
        try {
            writer.close();
        } catch (IOException ex) {
            LOG.log(System.Logger.Level.WARNING, "recording " + file + " is incomplete: " + ex.getMessage());
        }
    }

    private void finish() {
        drain.stop();
        while (!inbox.isEmpty()) {
            drainOnce();
        }
        vm.endLive();
        closing.complete(null);
    }
}
