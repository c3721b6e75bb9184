package io.sockscope.model.event;

import java.util.Objects;

/**
 * A channel was registered with a selector, or its interest set changed.
 *
 * @param socket   the channel's socket id
 * @param selector the selector's id
 * @param interest interest ops as letters of {@link Ops} (e.g. {@code "R"}, {@code "RW"})
 */
public record Register(long seq, long t, String socket, String selector, String interest) implements Event {
    public Register {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(selector, "selector");
        Ops.requireValid(interest);
    }

    @Override
    public EventType type() {
        return EventType.REGISTER;
    }
}
