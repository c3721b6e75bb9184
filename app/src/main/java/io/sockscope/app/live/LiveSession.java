package io.sockscope.app.live;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.source.Subscription;
import io.sockscope.model.event.Event;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One live session, without JavaFX: a running engine, the autosave writer it records to from
 * its first event, and a queue of events waiting for the view. The engine's delivery thread
 * appends; the view drains with {@link #drain} once per frame.
 */
public final class LiveSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveSession.class.getName());

    /**
     * Engine settings of live sessions: full payload capture, kernel queues sampled every
     * {@value #PROBE_MS} ms. A frame lasts 16 ms, so sampling faster shows nothing more, and with
     * thousands of sockets each sample (a read of /proc/net/tcp6) costs CPU the window needs.
     */
    public static final int PROBE_MS = 30;
    private static final EngineConfig CONFIG = new EngineConfig(EngineConfig.DEFAULT_PAYLOAD_CAP, PROBE_MS);

    private final Engine engine;
    private final SessionWriter writer;
    private final Path file;
    private final String title;
    private final Queue<Event> pending = new ConcurrentLinkedQueue<>();
    private final Subscription subscription;
    private volatile boolean closed;

    private LiveSession(Engine engine, SessionWriter writer, Path file, String title) {
        this.engine = engine;
        this.writer = writer;
        this.file = file;
        this.title = title;
        this.subscription = engine.subscribe(e -> {
            writer.accept(e);
            pending.add(e);
        });
    }

    /** Starts an engine recording into a new file of {@code autosave}. */
    public static LiveSession start(Autosave autosave, String title, String scenario, String lang) throws IOException {
        Objects.requireNonNull(autosave, "autosave");
        Path file = autosave.newFile(scenario.isEmpty() ? "live" : scenario);
        SessionWriter writer = SessionWriter.open(file, SessionHeader.create(title, scenario, lang), WriterOptions.defaults());
        return new LiveSession(Engines.start(CONFIG), writer, file, title);
    }

    public Engine engine() {
        return engine;
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
        engine.close();
        subscription.close();
        try {
            writer.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave " + file + " failed: " + e.getMessage(), e);
        }
    }
}
