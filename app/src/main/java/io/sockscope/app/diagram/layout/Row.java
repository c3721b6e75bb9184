package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Event;

/** One row of the diagram: the event drawn at it. */
public record Row(int index, Event event) {
    public long seq() {
        return event.seq();
    }

    public long t() {
        return event.t();
    }
}
