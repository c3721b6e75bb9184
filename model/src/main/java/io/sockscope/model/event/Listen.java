package io.sockscope.model.event;

import java.util.Objects;

/** {@code listen()}: the socket became a server socket with this accept-queue limit. */
public record Listen(long seq, long t, String socket, int backlog) implements Event {
    public Listen {
        Objects.requireNonNull(socket, "socket");
    }

    @Override
    public EventType type() {
        return EventType.LISTEN;
    }
}
