package io.sockscope.model.event;

import java.util.Objects;

/** {@code sendto()}: a datagram of {@code requested} bytes to {@code peer}; {@code done} 0 means no buffer space (non-blocking). */
public record SendTo(long seq, long t, String socket, String peer, int requested, int done, Payload payload) implements Event {
    public SendTo {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public EventType type() {
        return EventType.SENDTO;
    }
}
