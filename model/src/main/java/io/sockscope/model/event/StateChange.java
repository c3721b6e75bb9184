package io.sockscope.model.event;

import java.util.Objects;

/**
 * The kernel moved a TCP socket to another state (read from the socket itself with TCP_INFO
 * while it is open, and from {@code /proc/net/tcp} after close, when the kernel keeps it in
 * FIN_WAIT or TIME_WAIT). {@code CLOSE} after the socket was closed means the kernel let it go.
 *
 * @param socket the socket
 * @param state  its new state
 * @param open   false once the program has closed the socket (the kernel's tail of its life)
 */
public record StateChange(long seq, long t, String socket, TcpState state, boolean open) implements Event {
    public StateChange {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(state, "state");
    }

    @Override
    public EventType type() {
        return EventType.STATE;
    }
}
