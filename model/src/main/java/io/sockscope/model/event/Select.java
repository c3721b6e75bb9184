package io.sockscope.model.event;

import java.util.List;
import java.util.Objects;

/**
 * A {@code select()} returned. {@code socket} is the selector's id; {@code keys} lists every
 * registered key with its interest ops and ready ops (empty ready: not selected this time).
 *
 * @param timeoutMs the timeout asked for: 0 waits forever, -1 means selectNow
 * @param selected  how many keys select reported ready
 */
public record Select(long seq, long t, String socket, long timeoutMs, int selected, List<KeyState> keys)
        implements Event {
    public Select {
        Objects.requireNonNull(socket, "socket");
        keys = List.copyOf(keys);
    }

    @Override
    public EventType type() {
        return EventType.SELECT;
    }
}
