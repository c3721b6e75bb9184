package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * One row of the diagram: which event is drawn at it. The row keeps only the event's number,
 * time, type and socket (made on demand from the fold's {@link RowTable}); {@link #event()} reads the event itself from the session's store, so
 * a long session's rows do not hold its events (and their payloads) in memory.
 */
public final class Row {
    private final int index;
    private final long seq;
    private final long t;
    private final EventType type;
    private final String socket;
    private final LongFunction<Event> events;

    Row(int index, long seq, long t, EventType type, String socket, LongFunction<Event> events) {
        this.index = index;
        this.seq = seq;
        this.t = t;
        this.type = Objects.requireNonNull(type, "type");
        this.socket = socket;
        this.events = Objects.requireNonNull(events, "events");
    }

    public int index() {
        return index;
    }

    public long seq() {
        return seq;
    }

    public long t() {
        return t;
    }

    public EventType type() {
        return type;
    }

    /** The event's socket, or null for an event of no socket (a caption). */
    public String socket() {
        return socket;
    }

    /** The event drawn at this row, read from the session's store. */
    public Event event() {
        return events.apply(seq);
    }

    @Override
    public String toString() {
        return "Row[" + index + ", seq " + seq + " " + type + "]";
    }
}
