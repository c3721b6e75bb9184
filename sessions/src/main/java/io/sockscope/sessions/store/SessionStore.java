package io.sockscope.sessions.store;

import io.sockscope.model.event.Event;
import io.sockscope.model.source.Subscription;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The one place a session's events live: its size, a range of its events, and news of growth.
 * Everyone else (the event list, the diagram's fold, seeking) reads windows from a store
 * instead of keeping a copy. Event {@code i} of a store has {@code seq == i}.
 *
 * <p>Implementations: {@link MemoryStore} (an appendable list, for small or live sessions) and
 * {@link FileStore} (a session file, followed while it is written, read back through an index).
 * Reads are thread-safe.
 */
public interface SessionStore extends AutoCloseable {
    /** Number of events in the store now. */
    long size();

    /** Events {@code from} up to (not including) {@code from + count}, or fewer at the end. */
    List<Event> read(long from, int count);

    /** Event {@code seq} (0 ≤ seq < size). */
    default Event get(long seq) {
        if (seq < 0 || seq >= size()) {
            throw new IndexOutOfBoundsException("seq " + seq + " is outside 0.." + size());
        }
        return read(seq, 1).get(0);
    }

    /**
     * Tells {@code listener} the new size each time the store grows (on the thread that found
     * the growth: the appending thread, or a file store's follower).
     */
    Subscription onGrowth(LongConsumer listener);

    /** Releases what the store holds open; the default holds nothing. */
    @Override
    default void close() {
    }
}
