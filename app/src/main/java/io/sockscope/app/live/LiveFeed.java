package io.sockscope.app.live;

import io.sockscope.model.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Carries a live session's events to the window: once per frame an {@link AnimationTimer}
 * drains the session's queue (at most as many events as fit the frame's {@link PulseBudget}, never
 * more than {@link #CAP}) and hands the batch to the sink on the FX thread. Every event goes, in
 * order: the view's store numbers event {@code i} as seq {@code i}.
 */
public final class LiveFeed {
    /** Most events shown per frame, so a flood never stalls the window. */
    public static final int CAP = PulseBudget.MAX;

    private final Consumer<List<Event>> sink;
    private final Consumer<LiveSession> lagging;
    private long told;
    private final AnimationTimer timer;
    private final PulseBudget budget = new PulseBudget();
    private LiveSession session;
    /** Runs once the ended session being fed has given the view its last event. */
    private Runnable finished;
    private long lastBatchNanos;

    public LiveFeed(Consumer<List<Event>> sink) {
        this(sink, s -> { });
    }

    /** {@code lagging} hears, on the FX thread, when the session leaves out more events (from the view or the autosave). */
    public LiveFeed(Consumer<List<Event>> sink, Consumer<LiveSession> lagging) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.lagging = Objects.requireNonNull(lagging, "lagging");
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pump();
            }
        };
    }

    /** Starts feeding from {@code s} (null stops). Call on the FX thread. */
    public void attach(LiveSession s) {
        if (session != null && session != s) {
            session.pauseView();
        }
        session = s;
        finished = null;
        told = 0;
        if (s == null) {
            timer.stop();
        } else {
            timer.start();
        }
    }

    /**
     * Feeds the rest of the ended session {@code s}, then stops and runs {@code done} (on the FX
     * thread): at once when the rest is in memory, else over the next frames, as it is read back.
     */
    public void finish(LiveSession s, Runnable done) {
        Objects.requireNonNull(done, "done");
        attach(s);
        finished = done;
        while (pump() > 0) {
            // every event the view has in memory now
        }
    }

    /** How long the sink took over the newest batch, in ns (what the frame budget goes by). */
    public long lastBatchNanos() {
        return lastBatchNanos;
    }

    /** Drains one frame's batch now; returns its size. */
    public int pump() {
        LiveSession s = session;
        if (s == null) {
            return 0;
        }
        long leftOut = s.notShown() + s.notRecorded() + (s.overBudget() ? 1 : 0);
        if (leftOut != told) {
            told = leftOut;
            lagging.accept(s);
        }
        List<Event> batch = new ArrayList<>();
        long left = s.drain(batch, budget.cap());
        if (!batch.isEmpty()) {
            long start = System.nanoTime();
            sink.accept(batch);
            lastBatchNanos = System.nanoTime() - start;
            budget.shown(batch.size(), lastBatchNanos);
        }
        if (left == 0 && finished != null) {
            Runnable done = finished;
            attach(null);
            done.run();
        }
        return batch.size();
    }
}
