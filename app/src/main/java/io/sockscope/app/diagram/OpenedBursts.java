package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.layout.text.Burst;
import io.sockscope.app.diagram.layout.text.TextPlan;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.model.event.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group labels ("4 sends · 45 B") the reader opened with a click: each click gives the
 * group's rows one more row of height, so their own labels find room and the group comes apart.
 */
final class OpenedBursts {
    /** Per event seq: how many times a group holding it was opened. */
    private final Map<Long, Integer> widened = new HashMap<>();

    /** How much taller than its pitch {@code row} is. */
    double extra(Row row) {
        return widened.isEmpty() ? 0 : widened.getOrDefault(row.seq(), 0) * RowAxis.STEP;
    }

    void clear() {
        widened.clear();
    }

    /**
     * Opens the group whose label is under screen point (sx, sy) of {@code v}, measured on
     * {@code g}; false when no group label is there.
     */
    boolean openAt(Viewport v, Surface g, double sx, double sy) {
        double cx = sx / v.zoom() + v.scrollX();
        double cy = sy / v.zoom() - Viewport.HEAD + v.scrollY();
        if (cy < v.scrollY()) {
            return false; // the heads
        }
        TextPlan plan = v.plan(g);
        FoldView fold = v.fold();
        for (TextPlan.Text t : plan.texts()) {
            if (t.kind() != TextPlan.Kind.BURST || !t.box().contains(cx, cy)) {
                continue;
            }
            int row = fold.rowOfSeq(t.seq());
            for (Burst b : plan.bursts()) {
                if (row >= b.firstRow() && row <= b.lastRow() && b.socket().equals(fold.rows().get(row).event().socket())) {
                    widen(fold.rows(), b);
                    return true;
                }
            }
        }
        return false;
    }

    private void widen(List<Row> rows, Burst b) {
        for (int r = b.firstRow(); r <= b.lastRow(); r++) {
            Event e = rows.get(r).event();
            if (b.socket().equals(e.socket())) {
                widened.merge(e.seq(), 1, Integer::sum);
            }
        }
    }
}
