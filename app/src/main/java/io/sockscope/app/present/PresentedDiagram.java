package io.sockscope.app.present;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The presentation's own diagram: the session as it was right after the position, later events
 * hidden. The session is folded once, on a thread of its own (a big session takes seconds, and
 * the FX thread never reads the store); a step, forward or back, only moves where the view is cut.
 * Until the fold is there the view is empty and a step only remembers where it is.
 */
final class PresentedDiagram {
    private final DiagramView view = new DiagramView();
    private final List<Event> events;
    /** The last event shown, or -1 before the first move. */
    private long upTo = -1;
    private boolean ready;

    /**
     * Starts folding {@code events}; {@code done} runs on the FX thread once the view holds
     * them (show the position again then), {@code failed} with the reason when they could not
     * be read.
     */
    PresentedDiagram(List<Event> events, Runnable done, Consumer<Throwable> failed) {
        this(events);
        Thread folding = new Thread(() -> {
            try {
                SessionFold f = SessionFold.of(events);
                Platform.runLater(() -> {
                    view.setFold(f, events);
                    ready = true;
                    done.run();
                });
            } catch (RuntimeException e) { // a store that cannot be read back: said on screen
                Platform.runLater(() -> failed.accept(e));
            }
        }, "sockscope-present-fold");
        folding.setDaemon(true);
        folding.start();
    }

    /** The diagram of {@code events} already folded into {@code fold} (benchmarks fold it on the thread they time). */
    PresentedDiagram(List<Event> events, SessionFold fold) {
        this(events);
        view.setFold(fold, events);
        ready = true;
    }

    private PresentedDiagram(List<Event> events) {
        this.events = events;
        view.setId("presentDiagram");
    }

    DiagramView view() {
        return view;
    }

    /** True once the session is folded and drawn. */
    boolean ready() {
        return ready;
    }

    /** Shows the session up to event {@code k} (the whole session for k &lt; 0) and scrolls it into sight. */
    void show(long k) {
        int n = events.size();
        if (n == 0) {
            return;
        }
        long target = k < 0 || k >= n ? n - 1 : k;
        upTo = target;
        if (!ready) {
            return; // drawn when the fold comes
        }
        view.showUpTo(target == n - 1 ? -1 : target);
        view.reveal(target);
    }

    /** The event last shown. */
    long upTo() {
        return upTo;
    }
}
