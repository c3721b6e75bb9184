package io.sockscope.model.event;

import java.util.Objects;

/** {@code bind()}: a local address was assigned; for Unix sockets {@code local} is the socket file's path. */
public record Bind(long seq, long t, String socket, String local) implements Event {
    public Bind {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(local, "local");
    }

    @Override
    public EventType type() {
        return EventType.BIND;
    }
}
