package io.sockscope.model.event;

import java.util.Objects;

/** A call in blocking mode found nothing to do and started waiting on thread {@code thread}. */
public record Block(long seq, long t, String socket, String call, String thread) implements Event {
    public Block {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(thread, "thread");
    }

    @Override
    public EventType type() {
        return EventType.BLOCK;
    }
}
