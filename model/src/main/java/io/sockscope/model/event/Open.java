package io.sockscope.model.event;

import java.util.Objects;

/** {@code socket()}: a socket (or selector) was created. {@code fd} is the real descriptor number, -1 if unknown; {@code owner} groups lifelines (e.g. server, client). */
public record Open(long seq, long t, String socket, Proto proto, Family family, int fd, String owner) implements Event {
    public Open {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(proto, "proto");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(owner, "owner");
    }

    @Override
    public EventType type() {
        return EventType.OPEN;
    }
}
