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

/**
 * One live session, without JavaFX: a running event source (the engine, or any other
 * {@link EventSource}), the autosave writer it records to from its first event, and the
 * bounded queue of events on their way to the view ({@link ViewQueue}). The source's delivery
 * thread appends; the view drains with {@link #drain} once per frame. Calls can be made only when the source is an engine.
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
    /** Most events kept in memory for the view; it reads older ones back from the autosave. */
    public static final int MAX_PENDING = ViewQueue.MAX_PENDING;
    /** Default disk budget of an autosave, MiB (a setting). */
    public static final int DEFAULT_BUDGET_MIB = 300;

    private final ViewQueue view;
    private final DiskBudget budget;
    private final Subscription subscription;
    private volatile boolean closed;

    private LiveSession(EventSource source, SessionWriter writer, Path file, String title, long budgetBytes) {
        this.source = source;
        this.engine = source instanceof Engine e ? e : null;
        this.writer = writer;
        this.file = file;
        this.title = title;
        this.budget = new DiskBudget(writer, file, budgetBytes);
        this.view = new ViewQueue(file);
        this.subscription = source.subscribe(e -> {
            Event kept = budget.record(e);
            if (kept == null) {
                view.leaveOut();
            } else {
                view.offer(kept);
            }
        });
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

    /**
     * Moves at most {@code max} of the view's next events into {@code into}, in order, as the
     * autosave recorded them (older than the {@value #MAX_PENDING} kept in memory, they are read back
     * from it off this thread: none may be ready yet). Returns how many the view still has to get.
     * One thread (the view's) drains.
     */
    public long drain(List<Event> into, int max) {
        return view.drain(into, max);
    }

    /** Events held in memory for the view (waiting, or read back from the autosave). */
    public int heldForView() {
        return view.held();
    }

    /** True while the view reads older events back from the autosave. */
    public boolean viewReadsBack() {
        return view.readingBack();
    }

    /** The view stops draining for now (it shows another session); the next drain goes on where it was. */
    public void pauseView() {
        view.pause();
    }

    /** Events the view will not get: the disk budget stopped recording them, or the autosave could not be read back. */
    public long notShown() {
        return view.notShown();
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
                view.offer(note);
            }
            writer.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "autosave " + file + " failed: " + e.getMessage(), e);
        }
    }
}
