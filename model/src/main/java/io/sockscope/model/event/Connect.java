package io.sockscope.model.event;

import java.util.Objects;

/** {@code connect()}: connected (or, non-blocking, begun); {@code local} shows the ephemeral port the kernel chose. */
public record Connect(long seq, long t, String socket, String local, String remote, ConnectState state) implements Event {
    public Connect {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public EventType type() {
        return EventType.CONNECT;
    }
}
