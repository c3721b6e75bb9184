package io.sockscope.model.event;

import java.util.Objects;

/** {@code close()}: the descriptor was released; {@code abortive} means SO_LINGER 0, so the peer gets a reset. */
public record Close(long seq, long t, String socket, boolean abortive) implements Event {
    public Close {
        Objects.requireNonNull(socket, "socket");
    }

    @Override
    public EventType type() {
        return EventType.CLOSE;
    }
}
