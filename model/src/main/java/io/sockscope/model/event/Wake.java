package io.sockscope.model.event;

import java.util.Objects;

/** A waiting call returned (its outcome is the next event about the socket). */
public record Wake(long seq, long t, String socket, String call, String thread) implements Event {
    public Wake {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(thread, "thread");
    }

    @Override
    public EventType type() {
        return EventType.WAKE;
    }
}
