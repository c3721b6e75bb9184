package io.sockscope.model.event;

import java.util.Objects;

/** A socket option was set: the value asked for, what Java reports back, and what the kernel holds (Linux doubles buffer sizes). */
public record OptionSet(long seq, long t, String socket, String name, String asked, String reported, String kernel) implements Event {
    public OptionSet {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(kernel, "kernel");
    }

    @Override
    public EventType type() {
        return EventType.OPTION;
    }
}
