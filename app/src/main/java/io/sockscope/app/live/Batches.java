package io.sockscope.app.live;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shapes a batch of live events for the view. */
final class Batches {
    private Batches() {
    }

    /**
     * Keeps only the last queue sample of each socket in {@code batch}; every other event
     * stays, in order. Used when the view falls behind: a frame can only show one fill per socket.
     */
    static List<Event> coalesceQueues(List<Event> batch) {
        Set<String> seen = new HashSet<>();
        List<Event> kept = new ArrayList<>(batch.size());
        for (int i = batch.size() - 1; i >= 0; i--) {
            Event e = batch.get(i);
            if (e.type() != EventType.QUEUES || seen.add(e.socket())) {
                kept.add(e);
            }
        }
        java.util.Collections.reverse(kept);
        return kept;
    }
}
