package io.sockscope.app.live;

import io.sockscope.model.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;

/**
 * Carries a live session's events to the window: once per frame an {@link AnimationTimer}
 * drains the session's queue (at most {@link #CAP} events a frame) and hands the batch to the
 * sink on the FX thread. Every event goes, in order: the view's store numbers event {@code i} as seq {@code i}.
 */
public final class LiveFeed {
    /** Most events shown per frame, so a flood never stalls the window. */
    public static final int CAP = 2000;

    private final Consumer<List<Event>> sink;
    private final Consumer<LiveSession> lagging;
    private long told;
    private final AnimationTimer timer;
    private LiveSession session;

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
        session = s;
        told = 0;
        if (s == null) {
            timer.stop();
        } else {
            timer.start();
        }
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
        s.drain(batch, CAP);
        if (batch.isEmpty()) {
            return 0;
        }
        sink.accept(batch);
        return batch.size();
    }
}
