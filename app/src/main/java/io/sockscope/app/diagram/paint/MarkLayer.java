package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.MarkKind;
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
        gc.setTextBaseline(VPos.CENTER);
        for (Captions.Caption c : v.captions()) {
            double x = c.left() ? c.x() + 12 : c.x() - 12;
            double y = c.y() + 8;
            if (c.mark() != null && c.mark().kind() != MarkKind.OPTION) {
                Symbols.mark(gc, c.mark().kind(), x, y, R, p);
            } else {
                gc.setFill(p.fg());
                gc.fillOval(x - 3.5, y - 3.5, 7, 7);
            }
            if (!c.text().isEmpty()) {
                gc.setFont(c.bad() ? v.bold() : v.small());
                gc.setFill(c.bad() ? p.error() : p.muted());
                gc.setTextAlign(c.left() ? TextAlignment.RIGHT : TextAlignment.LEFT);
                gc.fillText(c.text(), c.x(), c.y());
            }
        }
        selection(gc, v);
    }

    /** A ring around the selected event (solid) or the selected socket at a row (dashed). */
    private static void selection(GraphicsContext gc, Viewport v) {
        if (v.selection() == null || v.selection().socket() == null) {
            return;
        }
        int row = v.fold().rowOfSeq(v.selection().seq());
        double x = v.x(v.selection().socket());
        if (row < v.firstRow() || row > v.lastRow() || Double.isNaN(x)) {
            return;
        }
        double y = v.y(row);
        gc.setStroke(v.palette().selection());
        gc.setLineWidth(3);
        gc.setLineDashes(v.selection().onEvent() ? null : new double[] {4, 3});
        gc.strokeOval(x - 13, y - 13, 26, 26);
        gc.setLineDashes(null);
    }
}
