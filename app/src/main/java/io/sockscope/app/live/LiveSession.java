package io.sockscope.app.live;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.source.EventSource;
import io.sockscope.model.source.Subscription;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One live session, without JavaFX: a running event source (the engine, or any other
 * {@link EventSource}), the autosave writer it records to from its first event, and a queue of
 * events waiting for the view. The source's delivery thread appends; the view drains with
 * {@link #drain} once per frame. Calls can be made only when the source is an engine.
 */
public final class LiveSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveSession.class.getName());

    /**
     * Engine settings of live sessions: full payload capture, kernel queues sampled every
     * {@value #PROBE_MS} ms. A frame lasts 16 ms, so sampling faster shows nothing more, and with
     * thousands of sockets each sample (a read of /proc/net/tcp6) costs CPU the window needs.
     */
    public static final int PROBE_MS = 30;
    static final EngineConfig ENGINE_CONFIG = new EngineConfig(EngineConfig.DEFAULT_PAYLOAD_CAP, PROBE_MS);

    private final EventSource source;
    private final Engine engine;
    private final SessionWriter writer;
    private final Path file;
    private final String title;
    private final Queue<Event> pending = new ConcurrentLinkedQueue<>();
    private final Subscription subscription;
    private volatile boolean closed;

    private LiveSession(EventSource source, SessionWriter writer, Path file, String title) {
        this.source = source;
        this.engine = source instanceof Engine e ? e : null;
        this.writer = writer;
        this.file = file;
        this.title = title;
        this.subscription = source.subscribe(e -> {
            writer.accept(e);
            pending.add(e);
        });
    }

    /** Starts an engine recording into a new file of {@code autosave}. */
    public static LiveSession start(Autosave autosave, String title, String scenario, String lang) throws IOException {
        return record(() -> Engines.start(ENGINE_CONFIG), autosave, title, scenario, lang);
    }

    /**
     * Records the source {@code open} makes into a new file of {@code autosave}, from the events
     * it emits once subscribed (a source that runs on its own should wait for a subscriber, or be
     * started after this returns). The session closes the source when it ends.
     */
    public static LiveSession record(SourceFactory open, Autosave autosave, String title, String scenario, String lang)
            throws IOException {
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(autosave, "autosave");
        Path file = autosave.newFile(scenario.isEmpty() ? "live" : scenario);
        SessionWriter writer = SessionWriter.open(file, SessionHeader.create(title, scenario, lang), WriterOptions.defaults());
        EventSource source;
        try {
            source = Objects.requireNonNull(open.open(), "source");
        } catch (IOException | RuntimeException e) {
            writer.close();
            java.nio.file.Files.deleteIfExists(file);
            throw e;
        }
        return new LiveSession(source, writer, file, title);
    }

    /** Makes the source of a new session. */
    @FunctionalInterface
    public interface SourceFactory {
        EventSource open() throws IOException;
    }

    /** What feeds this session. */
    public EventSource source() {
        return source;
    }

    /** The engine that feeds this session, empty when another source does (no calls can be made then). */
    public Optional<Engine> engine() {
        return Optional.ofNullable(engine);
    }

    /** The autosave file. */
    public Path file() {
        return file;
    }

    public String title() {
        return title;
    }

    public boolean closed() {
        return closed;
    }

    /** Moves at most {@code max} waiting events into {@code into}; returns how many are still waiting. */
    public int drain(List<Event> into, int max) {
        for (int i = 0; i < max; i++) {
            Event e = pending.poll();
            if (e == null) {
                return 0;
            }
            into.add(e);
        }
        return pending.size();
    }

    /** Events written to the autosave file so far. */
    public long recorded() {
        return writer.written();
    }

    /** Closes every socket (their last events are still recorded), then the file. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        source.close();
        subscription.close();
        try {
            writer.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave " + file + " failed: " + e.getMessage(), e);
        }
    }
}
