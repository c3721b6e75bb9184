package io.sockscope.sessions;

import io.sockscope.model.event.Event;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A whole session in memory: header, every complete event, and the cut-off tail if one was skipped. */
public record Session(SessionHeader header, List<Event> events, Optional<DroppedTail> droppedTail) {
    public Session {
        Objects.requireNonNull(header, "header");
        events = List.copyOf(events);
        Objects.requireNonNull(droppedTail, "droppedTail");
    }
}
