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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One live session, without JavaFX: a running event source (the engine, or any other
 * {@link EventSource}), the autosave writer it records to from its first event, and a queue of
 * events waiting for the view. The source's delivery thread appends; the view drains with
 * {@link #drain} once per frame. Calls can be made only when the source is an engine.
 */
public final class LiveSession implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LiveSession.class.getName());

    /**
     * Engine settings of live sessions started without a window: payloads kept up to
     * {@link EngineConfig#DEFAULT_PAYLOAD_CAP} bytes (the window takes its cap from the settings),
     * kernel queues sampled every
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
    /**
     * Most events waiting for the view. The view always gets an unbroken run of events from the
     * first (its store numbers event {@code i} as seq {@code i}): once this many wait, or the
     * disk budget stops recording, the view gets no more events of this session. The autosave
     * still has those the budget allowed, and {@link #notShown()} counts them for the window to say so.
     */
    public static final int MAX_PENDING = 200_000;
    /** Default disk budget of an autosave, MiB (a setting). */
    public static final int DEFAULT_BUDGET_MIB = 300;

    private final Queue<Event> pending = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong notShown = new AtomicLong();
    private final DiskBudget budget;
    private final Subscription subscription;
    private volatile boolean closed;
    /** Set (on the delivery thread) when the view got its last event: later ones would leave a gap. */
    private volatile boolean viewStopped;

    private LiveSession(EventSource source, SessionWriter writer, Path file, String title, long budgetBytes) {
        this.source = source;
        this.engine = source instanceof Engine e ? e : null;
        this.writer = writer;
        this.file = file;
        this.title = title;
        this.budget = new DiskBudget(writer, file, budgetBytes);
        this.subscription = source.subscribe(e -> {
            budget.accept(e);
            offer(e);
        });
    }

    private void offer(Event e) {
        if (viewStopped || waiting.get() >= MAX_PENDING || budget.state() == DiskBudget.State.STOPPED) {
            viewStopped = true;
            notShown.incrementAndGet();
            return;
        }
        waiting.incrementAndGet();
        pending.add(e);
    }

    /** Starts an engine recording into a new file of {@code autosave}. */
    public static LiveSession start(Autosave autosave, String title, String scenario, String lang) throws IOException {
        return record(() -> Engines.start(ENGINE_CONFIG), autosave, title, scenario, lang, (long) DEFAULT_BUDGET_MIB << 20);
    }

    /**
     * Records the source {@code open} makes into a new file of {@code autosave}, from the events
     * it emits once subscribed (a source that runs on its own should wait for a subscriber, or be
     * started after this returns). The session closes the source when it ends.
     */
    public static LiveSession record(SourceFactory open, Autosave autosave, String title, String scenario, String lang,
                                     long budgetBytes) throws IOException {
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
        return new LiveSession(source, writer, file, title, budgetBytes);
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
            waiting.decrementAndGet();
            into.add(e);
        }
        return waiting.get();
    }

    /** Events the view was not given: it fell too far behind (the autosave has them), or the disk budget stopped recording. */
    public long notShown() {
        return notShown.get();
    }

    /** Events the disk budget left out of the autosave. */
    public long notRecorded() {
        return budget.notRecorded();
    }

    /** True once the disk budget stopped recording payload bytes (or everything). */
    public boolean overBudget() {
        return budget.state() != DiskBudget.State.ALL;
    }

    /** Size of the autosave so far, bytes (estimated as events are written; the file lags by its buffer). */
    public long recordedBytes() {
        return budget.recordedBytes();
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
            io.sockscope.model.event.Note note = budget.closingNote();
            if (note != null) {
                writer.accept(note);
            }
            writer.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave " + file + " failed: " + e.getMessage(), e);
        }
    }
}
