package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;

/** Each row's event on its lifeline: a dot or its mark's shape, and the call written beside it. */
public final class MarkLayer implements Layer {
    /** Radius of mark shapes. */
    public static final double R = 7;

    @Override
    public void draw(Surface g, Viewport v) {
        Palette p = v.palette();
        g.setTextBaseline(TextBaseline.CENTER);
        for (Captions.Caption c : v.captions()) {
            double x = c.left() ? c.x() + 12 : c.x() - 12;
            double y = c.y() + 8;
            if (c.mark() != null && c.mark().kind() != MarkKind.OPTION) {
                Symbols.mark(g, c.mark().kind(), x, y, R, p);
            } else {
                g.setFill(p.fg());
                g.fillOval(x - 3.5, y - 3.5, 7, 7);
            }
            if (!c.text().isEmpty()) {
                g.setFont(c.bad() ? v.bold() : v.small());
                g.setFill(c.bad() ? p.error() : p.muted());
                g.setTextAlign(c.left() ? TextAlign.RIGHT : TextAlign.LEFT);
                g.fillText(c.text(), c.x(), c.y());
            }
        }
        selection(g, v);
    }

    /** A ring around the selected event (solid) or the selected socket at a row (dashed). */
    private static void selection(Surface g, Viewport v) {
        if (v.selection() == null || v.selection().socket() == null) {
            return;
        }
        int row = v.fold().rowOfSeq(v.selection().seq());
        double x = v.x(v.selection().socket());
        if (row < v.firstRow() || row > v.lastRow() || Double.isNaN(x)) {
            return;
        }
        double y = v.y(row);
        g.setStroke(v.palette().selection());
        g.setLineWidth(3);
        g.setLineDashes(v.selection().onEvent() ? null : new double[] {4, 3});
        g.strokeOval(x - 13, y - 13, 26, 26);
        g.setLineDashes();
    }
}
