package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.Mark;
import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.layout.EventText;
import io.sockscope.model.event.EventType;
import java.util.List;
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
            double x = v.cols().x(row.event().socket());
            if (Double.isNaN(x) || !v.visibleX(x - 40, x + 200)) {
                continue;
            }
            double y = v.axis().y(r);
            if (mark != null && mark.kind() != MarkKind.OPTION) {
                Symbols.mark(gc, mark.kind(), x, y, R, p);
            } else {
                gc.setFill(p.fg());
                gc.fillOval(x - 3.5, y - 3.5, 7, 7);
            }
            boolean bad = mark != null && (mark.kind() == MarkKind.ERROR || mark.kind() == MarkKind.RESET);
            gc.setFont(bad ? v.bold() : v.small());
            gc.setFill(bad ? p.error() : p.muted());
            gc.setTextAlign(TextAlignment.LEFT);
            gc.fillText(EventText.of(row.event()), x + 12, y - 8, 200);
        }
    }
}
