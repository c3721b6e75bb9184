package io.sockscope.app.transport;

import java.util.Objects;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The one transport of every session: a position (the present: event k, or -1 for "the whole
 * session, nothing picked"), play and pause at a {@link Pace}, and moves by caption step, by
 * event, to the start and to the end. A step ends where the next numbered caption starts, so
 * stepping forward shows a whole step; a session without captions steps event by event. A
 * question to the class is a stop of its own: stepping forward rests on it, before the outcome
 * it asks about, and the next step reveals. Stepping back lands exactly where stepping forward
 * came from.
 *
 * <p>No timer of its own: whoever shows it calls {@link #tick(long)} once per frame (the
 * window's pulse; tests call it with made-up times).
 *
 * <p>A session still being made (a scenario running live) is driven, not replayed: while a
 * {@link Producer} is attached, play and pause, the pace and "next step" at the end of the
 * session go to it, so the live scenario and a replay share these controls.
 */
public final class Transport {
    /** What makes a session as it is shown: a live scenario, paced by the transport. */
    public interface Producer {
        /** Holds before the next step (true) or lets the steps come at the pace (false). */
        void setPaused(boolean paused);

        /** Seconds to wait before each step (0: as fast as the calls go). */
        void setSecondsPerStep(double seconds);

        /** Lets the next step start now. */
        void next();
    }

    private final LongProperty position = new SimpleLongProperty(this, "position", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ObjectProperty<Pace> pace = new SimpleObjectProperty<>(this, "pace", Pace.perStep(2));
    private Timing timing;
    /** When the position last moved while playing (frame time), or -1. */
    private long movedAt = -1;
    private Producer producer;

    public Transport(Timing timing) {
        this.timing = Objects.requireNonNull(timing, "timing");
        pace.addListener((o, a, b) -> {
            if (b == null) {
                pace.set(a);
            } else if (producer != null) {
                producer.setSecondsPerStep(seconds(b));
            }
        });
    }

    /**
     * Drives {@code p} (a live scenario starting; null when it has ended): it gets the pace and
     * plays at once.
     */
    public void drive(Producer p) {
        producer = p;
        if (p != null) {
            p.setSecondsPerStep(seconds(pace.get()));
            p.setPaused(false);
            playing.set(true);
        } else {
            playing.set(false);
        }
    }

    /** True while a live scenario is driven. */
    public boolean driving() {
        return producer != null;
    }

    /** A live scenario's seconds per step: real time has no recorded clock to follow, so as fast as the calls go. */
    private static double seconds(Pace p) {
        return p.realTime() ? 0 : p.seconds();
    }

    /** Another session (or the same one grown): the position is kept when it still exists. */
    public void setTiming(Timing next) {
        timing = Objects.requireNonNull(next, "next");
        if (position.get() >= timing.size()) {
            position.set(-1);
        }
    }

    /** Event k, the present; -1 when nothing is picked (the whole session shows). */
    public LongProperty positionProperty() {
        return position;
    }

    public long position() {
        return position.get();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ObjectProperty<Pace> paceProperty() {
        return pace;
    }

    /** Moves to event {@code seq} (clamped to the session). */
    public void seek(long seq) {
        long n = timing.size();
        if (n == 0) {
            position.set(-1);
            return;
        }
        position.set(Math.max(0, Math.min(n - 1, seq)));
    }

    public void home() {
        seek(0);
    }

    public void end() {
        seek(timing.size() - 1);
    }

    /** One event on (events the position cannot rest at are passed over). */
    public void nextEvent() {
        long n = timing.size();
        long k = position.get() + 1;
        while (k < n - 1 && !timing.stop(k)) {
            k++;
        }
        seek(k);
    }

    /** One event back. */
    public void previousEvent() {
        long k = position.get() < 0 ? timing.size() - 1 : position.get() - 1;
        while (k > 0 && !timing.stop(k)) {
            k--;
        }
        seek(k);
    }

    /**
     * To the end of the step after the present (the last event before the next caption); at
     * the end of a driven session, lets its next step start.
     */
    public void nextStep() {
        long k = position.get();
        if (producer != null && (k < 0 || k >= timing.size() - 1)) {
            producer.next();
            return;
        }
        long to = stopAfter(k);
        if (to >= 0) {
            position.set(to);
        }
    }

    /** Back to the end of the step before the present: undoes {@link #nextStep()}. */
    public void previousStep() {
        long k = position.get() < 0 ? timing.size() - 1 : position.get();
        long to = stopBefore(k);
        position.set(to < 0 ? Math.min(0, timing.size() - 1) : to);
    }

    /** The first stop after {@code k} (a step end or a question), or -1 at the end. */
    long stopAfter(long k) {
        long stop = stepEndAfter(k);
        int q = firstQuestionAfter(k + 1);
        if (q < timing.questions() && stop >= 0) {
            stop = Math.min(stop, timing.questionSeq(q));
        }
        return stop;
    }

    /** The last stop before {@code k} (a step end or a question), or -1 when none is. */
    long stopBefore(long k) {
        long stop = stepEndBefore(k);
        int q = firstQuestionAfter(k) - 1;
        return q >= 0 ? Math.max(stop, timing.questionSeq(q)) : stop;
    }

    /** Index of the first question with seq ≥ {@code seq}. */
    private int firstQuestionAfter(long seq) {
        return firstAtOrAfter(timing.questions(), timing::questionSeq, seq);
    }

    /** Index of the first of {@code n} ascending seqs ({@code seqOf}) that is ≥ {@code seq} (binary search). */
    private static int firstAtOrAfter(int n, java.util.function.IntToLongFunction seqOf, long seq) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seqOf.applyAsLong(mid) < seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first step end after {@code k}, or -1 at the end. */
    private long stepEndAfter(long k) {
        long n = timing.size();
        if (k >= n - 1) {
            return -1;
        }
        if (timing.steps() == 0) {
            return k + 1;
        }
        for (int i = firstStepAfter(k + 1); i < timing.steps(); i++) {
            long stop = timing.stepSeq(i) - 1;
            if (stop > k) {
                return stop;
            }
        }
        return n - 1;
    }

    /** The last step end before {@code k}, or -1 when none is. */
    private long stepEndBefore(long k) {
        if (timing.steps() == 0) {
            return k - 1;
        }
        // the last caption at or before k: the step before it ends just before it
        for (int i = firstStepAfter(k + 1) - 1; i >= 0; i--) {
            long stop = timing.stepSeq(i) - 1;
            if (stop < k) {
                return stop;
            }
        }
        return -1;
    }

    /** Index of the first step caption with seq ≥ {@code seq}. */
    private int firstStepAfter(long seq) {
        return firstAtOrAfter(timing.steps(), timing::stepSeq, seq);
    }

    public void play() {
        if (producer != null) {
            producer.setPaused(false);
            playing.set(true);
            return;
        }
        if (timing.size() == 0) {
            return;
        }
        if (position.get() >= timing.size() - 1) {
            position.set(0); // played to the end: start again
        }
        movedAt = -1;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
        if (producer != null) {
            producer.setPaused(true);
        }
    }

    public void toggle() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Called once per frame with the frame's time: moves on as the pace says while playing. */
    public void tick(long nowNanos) {
        if (!playing.get() || producer != null) { // a driven session moves by itself
            return;
        }
        if (movedAt < 0) {
            movedAt = nowNanos;
            if (position.get() < 0) {
                position.set(0);
            }
            return;
        }
        Pace p = pace.get();
        long k = position.get();
        if (p.realTime()) {
            // as many events as the recorded clock says have happened by now (a few hundred a frame at most)
            for (int moved = 0; moved < 500 && k < timing.size() - 1; moved++) {
                long due = (long) ((timing.t(k + 1) - timing.t(k)) / p.factor());
                if (nowNanos - movedAt < due) {
                    break;
                }
                movedAt += due;
                k++;
            }
            position.set(k);
        } else if (nowNanos - movedAt >= (long) (p.seconds() * 1e9)) {
            movedAt = nowNanos;
            nextStep();
        }
        if (position.get() >= timing.size() - 1) {
            pause();
        }
    }
}
