package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Mark;
import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.layout.EventText;
import io.sockscope.model.event.EventType;
import io.sockscope.app.diagram.layout.DataArrow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Each row's event on its lifeline: a dot or its mark's shape, and the call written beside it. */
public final class MarkLayer implements Layer {
    /** Radius of mark shapes. */
    public static final double R = 7;

    @Override
    public void draw(GraphicsContext gc, Viewport v) {
        Palette p = v.palette();
        List<Mark> marks = Rows.between(v.fold().marks(), Mark::row, v.firstRow(), v.lastRow());
        int m = 0;
        gc.setTextBaseline(VPos.CENTER);
        Map<Long, Double> arrowSide = arrowSides(v);
        double[] lastLabel = new double[v.cols().columns().size()];
        java.util.Arrays.fill(lastLabel, -1e9);
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
            if (Double.isNaN(x) || !v.visibleX(x - 40, x + 200)) {
                continue;
            }
            double y = v.y(r);
            if (mark != null && mark.kind() != MarkKind.OPTION) {
                Symbols.mark(gc, mark.kind(), x, y, R, p);
            } else {
                gc.setFill(p.fg());
                gc.fillOval(x - 3.5, y - 3.5, 7, 7);
            }
            int col = v.cols().indexOf(row.event().socket());
            if (y - lastLabel[col] < 16) { // rows too close (time layout): keep the dots, skip the text
                continue;
            }
            lastLabel[col] = y;
            boolean bad = mark != null && (mark.kind() == MarkKind.ERROR || mark.kind() == MarkKind.RESET);
            gc.setFont(bad ? v.bold() : v.small());
            gc.setFill(bad ? p.error() : p.muted());
            boolean left = arrowSide.getOrDefault(row.seq(), -1.0) > 0;
            gc.setTextAlign(left ? TextAlignment.RIGHT : TextAlignment.LEFT);
            gc.fillText(Texts.fit(EventText.of(row.event()), ColumnLayout.COLUMN - 20, 6.4), left ? x - 12 : x + 12, y - 8);
        }
    }

    /** For each visible arrow end, which side its arrows leave to (+ right, - left): the text goes the other way. */
    private static Map<Long, Double> arrowSides(Viewport v) {
        Map<Long, Double> side = new HashMap<>();
        for (DataArrow a : v.fold().arrowsBetween(v.firstRow(), v.lastRow())) {
            double x0 = v.x(a.fromSocket());
            double x1 = v.x(a.toSocket());
            if (Double.isNaN(x0) || Double.isNaN(x1)) {
                continue;
            }
            side.merge(a.fromSeq(), Math.signum(x1 - x0), Double::sum);
            side.merge(a.toSeq(), Math.signum(x0 - x1), Double::sum);
        }
        for (io.sockscope.app.diagram.layout.SignalArrow s : v.fold().signals()) {
            if (s.toRow() >= v.firstRow() && s.fromRow() <= v.lastRow()) {
                double x0 = v.x(s.fromSocket());
                double x1 = v.x(s.toSocket());
                if (!Double.isNaN(x0) && !Double.isNaN(x1)) {
                    side.merge(s.fromSeq(), Math.signum(x1 - x0), Double::sum);
                    side.merge(s.toSeq(), Math.signum(x0 - x1), Double::sum);
                }
            }
        }
        return side;
    }
}
