package io.sockscope.model.event;

import java.util.Objects;

/** A call failed: its error kind and the operating system's message. */
public record Failure(long seq, long t, String socket, String call, ErrorKind kind, String message) implements Event {
    public Failure {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public EventType type() {
        return EventType.ERROR;
    }
}
