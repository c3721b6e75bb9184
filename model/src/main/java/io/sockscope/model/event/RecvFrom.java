package io.sockscope.model.event;

import java.util.Objects;

/** {@code recvfrom()}: one datagram of {@code done} bytes from {@code peer} into a {@code requested}-byte buffer (a longer datagram is cut). */
public record RecvFrom(long seq, long t, String socket, String peer, int requested, int done, Payload payload) implements Event {
    public RecvFrom {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public EventType type() {
        return EventType.RECVFROM;
    }
}
