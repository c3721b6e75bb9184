package io.sockscope.app.present;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.model.event.Event;
import java.util.List;

/** The presentation's own diagram for benchmarks outside this package: the same object a presentation steps. */
public final class PresentedSteps {
    private final PresentedDiagram diagram;

    /** The diagram of {@code events}, folded on this thread, at the presentation's zoom for a 1920×1080 screen. */
    public PresentedSteps(List<Event> events) {
        diagram = new PresentedDiagram(events, io.sockscope.app.diagram.layout.SessionFold.of(events));
        diagram.view().zoomProperty().set(Presentation.DIAGRAM_ZOOM);
    }

    public DiagramView view() {
        return diagram.view();
    }

    /** What a presentation does on a step to event {@code k}: the diagram up to k, scrolled into sight. */
    public void show(long k) {
        diagram.show(k);
    }
}
