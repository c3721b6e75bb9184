package io.sockscope.app.present;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import java.util.List;

/**
 * The presentation's own diagram: the session as it was right after the position, later events
 * hidden. Moving forward folds only the events in between; moving back folds again from the start.
 */
final class PresentedDiagram {
    private final DiagramView view = new DiagramView();
    private final List<Event> events;
    /** The last event shown, or -1 before the first move. */
    private long upTo = -1;
    /** True when the fold shown is the whole, ended session (it takes no more events). */
    private boolean whole;

    PresentedDiagram(List<Event> events) {
        this.events = events;
        view.setId("presentDiagram");
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
        if (target == n - 1) {
            if (!whole) {
                view.showFold(SessionFold.of(events));
                whole = true;
            }
        } else if (!whole && upTo >= 0 && target > upTo) {
            view.append(events.subList((int) upTo + 1, (int) target + 1));
        } else if (target != upTo || whole) {
            view.showFold(SessionFold.growing(events, (int) target + 1));
            whole = false;
        }
        upTo = target;
        view.reveal(target);
    }

    /** The event last shown. */
    long upTo() {
        return upTo;
    }
}
