package io.sockscope.app.present;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.model.event.Event;
import java.util.List;

/**
 * The presentation's own diagram: the session as it was right after the position, later events
 * hidden. The session is folded once; a step, forward or back, only moves where the view is cut.
 */
final class PresentedDiagram {
    private final DiagramView view = new DiagramView();
    private final List<Event> events;
    /** The last event shown, or -1 before the first move. */
    private long upTo = -1;

    PresentedDiagram(List<Event> events) {
        this.events = events;
        view.setId("presentDiagram");
        view.setEvents(events); // folded once: every step only moves the cut
    }

    DiagramView view() {
        return view;
    }

    /** Shows the session up to event {@code k} (the whole session for k &lt; 0) and scrolls it into sight. */
    void show(long k) {
        int n = events.size();
        if (n == 0) {
            return;
        }
        long target = k < 0 || k >= n ? n - 1 : k;
        view.showUpTo(target == n - 1 ? -1 : target);
        upTo = target;
        view.reveal(target);
    }

    /** The event last shown. */
    long upTo() {
        return upTo;
    }
}
