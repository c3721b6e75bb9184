package io.sockscope.model.event;

import java.util.Objects;

/** {@code recv()} on a stream socket: {@code done} bytes read of {@code requested} asked; -1 means end of stream (the peer will send no more). */
public record Recv(long seq, long t, String socket, int requested, int done, Payload payload) implements Event {
    public Recv {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public EventType type() {
        return EventType.RECV;
    }
}
