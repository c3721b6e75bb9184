package io.sockscope.model.event;

import java.util.Objects;

/** {@code send()} on a stream socket: {@code done} of {@code requested} bytes went into the send buffer. */
public record Send(long seq, long t, String socket, int requested, int done, Payload payload) implements Event {
    public Send {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public EventType type() {
        return EventType.SEND;
    }
}
