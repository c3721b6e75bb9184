package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Finds the step caption in force at any event: the last step note at or before it. */
final class StepCaptions {
    private final NavigableMap<Long, Note> steps = new TreeMap<>();

    StepCaptions(List<? extends Event> events) {
        addAll(events);
    }

    /** Takes in more events (a live session growing). */
    void addAll(List<? extends Event> events) {
        for (Event e : events) {
            if (e instanceof Note n && n.step() > 0) {
                steps.put(n.seq(), n);
            }
        }
    }

    /** The step note at or before {@code seq}, or null when none has started yet. */
    Note at(long seq) {
        Map.Entry<Long, Note> e = steps.floorEntry(seq);
        return e == null ? null : e.getValue();
    }

    /** The first step note, or null. */
    Note first() {
        return steps.isEmpty() ? null : steps.firstEntry().getValue();
    }

    /** The newest step note, or null. */
    Note latest() {
        return steps.isEmpty() ? null : steps.lastEntry().getValue();
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }
}
