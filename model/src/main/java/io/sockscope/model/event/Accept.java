package io.sockscope.model.event;

import java.util.Objects;

/** {@code accept()}: the server socket {@code socket} spawned the client socket {@code child}; its local port is the server's, its remote port the peer's ephemeral one. */
public record Accept(long seq, long t, String socket, String child, int fd, String local, String remote) implements Event {
    public Accept {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(remote, "remote");
    }

    @Override
    public EventType type() {
        return EventType.ACCEPT;
    }
}
