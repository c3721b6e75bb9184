package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The fold's saved states: a copy of {@link SocketStates} every {@value #EVERY} events, so the
 * state after any event is one copy plus fewer than that many events folded again (read back
 * from the session's store), instead of a fold from the start. A bounded fold keeps at most
 * {@code max} copies: past that every other one goes and the interval doubles, so a session
 * of n events keeps between max/2 and max copies, n/max to 2n/max events apart.
 */
final class Checkpoints {
    /** Events between checkpoints in the app. */
    static final int EVERY = 2048;
    /** Copies a bounded (live) fold keeps at most. */
    static final int BOUNDED = 32;

    private int every;
    private final int max;
    private final List<SocketStates> saved = new ArrayList<>(List.of(new SocketStates()));
    private final SocketStates current = new SocketStates();

    Checkpoints(int every) {
        this(every, Integer.MAX_VALUE);
    }

    Checkpoints(int every, int max) {
        if (every < 1 || max < 2) {
            throw new IllegalArgumentException("every must be positive and max at least 2: " + every + ", " + max);
        }
        this.every = every;
        this.max = max;
    }

    /** Folds the next event of the session, saving a checkpoint at each multiple of the interval. */
    void fold(Event e) {
        current.fold(e);
        if (current.folded() % every == 0) {
            saved.add(current.copy());
            if (saved.size() > max) {
                thin();
            }
        }
    }

    /** Keeps the checkpoints at multiples of twice the interval. */
    private void thin() {
        every *= 2;
        saved.removeIf(s -> s.folded() % every != 0);
    }

    /** The newest state (after every event folded so far). */
    SocketStates current() {
        return current;
    }

    /**
     * The state after the first {@code count} events: the checkpoint at or before it, then the
     * events after it, read through {@code event} (event number from 0 → event).
     */
    SocketStates after(long count, LongFunction<Event> event) {
        if (count >= current.folded()) {
            return current;
        }
        int cp = (int) Math.min(Math.max(count, 0) / every, saved.size() - 1);
        SocketStates s = saved.get(cp).copy();
        for (long i = s.folded(); i < count; i++) {
            s.fold(event.apply(i));
        }
        return s;
    }

    /** Number of checkpoints held (the first is the empty state). */
    int count() {
        return saved.size();
    }

    /** Events between checkpoints now. */
    int every() {
        return every;
    }
}
