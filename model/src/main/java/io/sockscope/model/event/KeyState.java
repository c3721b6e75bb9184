package io.sockscope.model.event;

import java.util.Objects;

/** One row of a select's readiness table: a registered socket, what it asked for, what it got. */
public record KeyState(String socket, String interest, String ready) {
    public KeyState {
        Objects.requireNonNull(socket, "socket");
        Ops.requireValid(interest);
        Ops.requireValid(ready);
    }
}
