package io.sockscope.model.source;

import io.sockscope.model.event.Event;
import java.util.function.Consumer;

/**
 * Anything that produces a session's events: the engine running real sockets, a tracer
 * reading another program's system calls, a file being replayed.
 *
 * <p>A source numbers its events with a {@link Sequencer}, so {@code seq} is gap-free from 0
 * and {@code t} never goes backwards, whoever produced them.
 */
public interface EventSource extends AutoCloseable {

    /**
     * Delivers every event emitted from now on, exactly once and in {@code seq} order, on the
     * source's delivery thread. Subscribe before the source starts to see a whole session.
     */
    Subscription subscribe(Consumer<? super Event> listener);

    /** Stops the source, delivers its last events, then returns. */
    @Override
    void close();
}
