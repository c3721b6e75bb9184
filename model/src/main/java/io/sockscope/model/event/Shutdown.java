package io.sockscope.model.event;

import java.util.Objects;

/** {@code shutdown()}: half-close of one direction (or both). */
public record Shutdown(long seq, long t, String socket, ShutdownHow how) implements Event {
    public Shutdown {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(how, "how");
    }

    @Override
    public EventType type() {
        return EventType.SHUTDOWN;
    }
}
