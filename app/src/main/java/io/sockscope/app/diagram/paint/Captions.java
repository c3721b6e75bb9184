package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.Mark;
import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.model.event.EventType;
import java.util.ArrayList;
import java.util.List;

/**
 * The event dots of one frame: where each visible call sits on its lifeline, its mark if it has
 * one and whether it reports a failure (its text, placed by the frame's text plan, is then
 * written in the error colour).
 */
final class Captions {
    /** One call: its row and seq, its mark (or null), its point in view coordinates, whether it failed. */
    record Caption(int row, long seq, Mark mark, double x, double y, boolean bad) {
    }

    private Captions() {
    }

    static List<Caption> of(Viewport v) {
        List<Caption> out = new ArrayList<>();
        List<Mark> marks = Rows.between(v.fold().marks(), Mark::row, v.firstRow(), v.lastRow());
        int m = 0;
        for (int r = Math.max(0, v.firstRow()); r <= v.lastRow(); r++) {
            Row row = v.fold().rows().get(r);
            while (m < marks.size() && marks.get(m).row() < r) {
                m++;
            }
            Mark mark = m < marks.size() && marks.get(m).row() == r ? marks.get(m) : null;
            EventType type = row.type(); // the row's own, not read back from the event
            if (type == EventType.NOTE || type == EventType.OPEN || type == EventType.SELECT) {
                continue;
            }
            double x = v.x(row.socket());
            if (Double.isNaN(x) || !v.visibleX(x - 240, x + 240)) {
                continue;
            }
            boolean bad = mark != null && (mark.kind() == MarkKind.ERROR || mark.kind() == MarkKind.RESET);
            out.add(new Caption(r, row.seq(), mark, x, v.y(r), bad));
        }
        return out;
    }
}
