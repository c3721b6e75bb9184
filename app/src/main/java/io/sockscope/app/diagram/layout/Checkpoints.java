package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Event;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * The fold's saved states: a copy of {@link SocketStates} every {@value #EVERY} events, so the
 * state after any event is one copy plus fewer than that many events folded again (read back
 * from the session's store), instead of a fold from the start. A bounded fold keeps every copy
 * from the rows it holds on ({@link #denseFrom}) and at most {@code max} before: past that
 * every other one of those goes and their interval doubles, so a session of n events keeps
 * max/2 to max copies there, n/max to 2n/max events apart. A region fold keeps every copy
 * over its rows only ({@link #denseFrom} to {@link #denseUntil}) and at most {@code max} before
 * and after them together.
 */
final class Checkpoints {
    /** Events between checkpoints in the app. */
    static final int EVERY = 2048;
    /** Copies a bounded (live) fold keeps at most before the rows it holds. */
    static final int BOUNDED = 32;

    private final int every;
    private final int max;
    private int sparse;
    private long denseFrom = Long.MAX_VALUE;
    private long denseUntil = Long.MAX_VALUE;
    private final TreeMap<Long, SocketStates> saved = new TreeMap<>(Map.of(0L, new SocketStates()));
    private final SocketStates current = new SocketStates();

    Checkpoints(int every) {
        this(every, Integer.MAX_VALUE);
    }

    Checkpoints(int every, int max) {
        if (every < 1 || max < 2) {
            throw new IllegalArgumentException("every must be positive and max at least 2: " + every + ", " + max);
        }
        this.every = every;
        this.sparse = every;
        this.max = max;
    }

    /** Folds the next event of the session, saving a checkpoint at each multiple of the interval. */
    void fold(Event e) {
        current.fold(e);
        if (current.folded() % every == 0) {
            saved.put(current.folded(), current.copy());
            thin();
        }
    }

    /** Every checkpoint from {@code count} events on is kept; those before are thinned out. */
    void denseFrom(long count) {
        denseFrom = count;
        thin();
    }

    /**
     * Checkpoints after {@code count} events are thinned like those before {@link #denseFrom}
     * (a region fold needs dense ones over its rows only), the two together at most {@code max}.
     */
    void denseUntil(long count) {
        denseUntil = count;
        thin();
    }

    private void thin() {
        SortedMap<Long, SocketStates> before = saved.headMap(Math.min(denseFrom, current.folded() + 1));
        SortedMap<Long, SocketStates> after = saved.tailMap(denseUntil, false);
        before.keySet().removeIf(k -> k % sparse != 0); // those just let go of keep the interval of the older
        after.keySet().removeIf(k -> k % sparse != 0);
        while (before.size() + after.size() > max) {
            sparse *= 2;
            before.keySet().removeIf(k -> k % sparse != 0);
            after.keySet().removeIf(k -> k % sparse != 0);
        }
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
        SocketStates s = saved.floorEntry(Math.max(count, 0)).getValue().copy();
        for (long i = s.folded(); i < count; i++) {
            s.fold(event.apply(i));
        }
        return s;
    }

    /**
     * {@code socket} (closed before the rows a live fold holds) is kept once from now on, not in
     * every later copy: the states at any event stay the same ({@link SocketStates#retire}).
     */
    void retire(String socket) {
        current.retire(socket);
    }

    /** Socket states the copies hold themselves, all together (tests; the retired ones are held once, apart). */
    long statesHeld() {
        long n = current.held();
        for (SocketStates s : saved.values()) {
            n += s.held();
        }
        return n;
    }

    /** Number of sockets retired (tests). */
    int retiredCount() {
        return current.retiredCount();
    }

    /** Number of checkpoints held (the first is the empty state). */
    int count() {
        return saved.size();
    }
}
