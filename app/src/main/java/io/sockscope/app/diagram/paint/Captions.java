package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.EventText;
import io.sockscope.app.diagram.layout.Mark;
import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.layout.SignalArrow;
import io.sockscope.model.event.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The call captions of one frame ({@code recv 100/1024} beside each event's dot), worked out once
 * so that arrow labels can keep clear of them and the mark layer draws them. A caption goes on
 * the side of its lifeline away from the arrows of its event.
 */
final class Captions {
    /** One caption: its text, where its near end is (x, y), which way it runs, whether it reports a failure. */
    record Caption(int row, Mark mark, String text, double x, double y, boolean left, boolean bad) {
        /** Centre and width of the caption's box, for label placement. */
        double[] box() {
            double w = Texts.estimate(text);
            return new double[] {left ? x - w / 2 : x + w / 2, y, w};
        }
    }

    private Captions() {
    }

    static List<Caption> of(Viewport v) {
        List<Caption> out = new ArrayList<>();
        List<Mark> marks = Rows.between(v.fold().marks(), Mark::row, v.firstRow(), v.lastRow());
        Map<Long, Double> side = arrowSides(v);
        double[] last = new double[v.cols().columns().size()];
        Arrays.fill(last, -1e9);
        int m = 0;
        for (int r = Math.max(0, v.firstRow()); r <= v.lastRow(); r++) {
            Row row = v.fold().rows().get(r);
            while (m < marks.size() && marks.get(m).row() < r) {
                m++;
            }
            Mark mark = m < marks.size() && marks.get(m).row() == r ? marks.get(m) : null;
            EventType type = row.event().type();
            if (type == EventType.NOTE || type == EventType.OPEN || type == EventType.SELECT) {
                continue;
            }
            double x = v.x(row.event().socket());
            int col = v.cols().indexOf(row.event().socket());
            if (Double.isNaN(x) || !v.visibleX(x - 240, x + 240)) {
                continue;
            }
            double y = v.y(r);
            boolean room = y - last[col] >= 16; // rows too close (time layout): a dot, no text
            if (room) {
                last[col] = y;
            }
            boolean bad = mark != null && (mark.kind() == MarkKind.ERROR || mark.kind() == MarkKind.RESET);
            boolean left = side.getOrDefault(row.seq(), -1.0) > 0;
            String text = room ? Texts.fit(EventText.of(row.event()), ColumnLayout.COLUMN - 20, 6.4) : "";
            out.add(new Caption(r, mark, text, left ? x - 12 : x + 12, y - 8, left, bad));
        }
        return out;
    }

    /** For each visible arrow end, which side its arrows leave to (+ right, - left). */
    private static Map<Long, Double> arrowSides(Viewport v) {
        Map<Long, Double> side = new HashMap<>();
        for (DataArrow a : v.fold().arrowsBetween(v.firstRow(), v.lastRow())) {
            add(side, v, a.fromSocket(), a.fromSeq(), a.toSocket(), a.toSeq());
        }
        for (SignalArrow s : v.fold().signals()) {
            if (s.toRow() >= v.firstRow() && s.fromRow() <= v.lastRow()) {
                add(side, v, s.fromSocket(), s.fromSeq(), s.toSocket(), s.toSeq());
            }
        }
        return side;
    }

    private static void add(Map<Long, Double> side, Viewport v, String from, long fromSeq, String to, long toSeq) {
        double x0 = v.x(from);
        double x1 = v.x(to);
        if (!Double.isNaN(x0) && !Double.isNaN(x1)) {
            side.merge(fromSeq, Math.signum(x1 - x0), Double::sum);
            side.merge(toSeq, Math.signum(x0 - x1), Double::sum);
        }
    }
}
