package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.layout.text.TextBox;
import io.sockscope.app.diagram.layout.text.TextPlan;
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
        java.util.Set<Long> bad = new java.util.HashSet<>();
        for (Captions.Caption c : v.captions()) {
            if (c.mark() != null && c.mark().kind() != MarkKind.OPTION) {
                Symbols.mark(g, c.mark().kind(), c.x(), c.y(), R, p);
            } else {
                g.setFill(p.fg());
                g.fillOval(c.x() - 3.5, c.y() - 3.5, 7, 7);
            }
            if (c.bad()) {
                bad.add(c.seq());
            }
        }
        g.setFont(v.small());
        g.setTextAlign(TextAlign.LEFT);
        for (TextPlan.Text t : v.plan(g).texts()) { // each call beside its dot, where the plan found room
            if (t.kind() == TextPlan.Kind.CALL) {
                TextBox b = t.box().moved(-v.scrollX(), -v.scrollY());
                if (t.leader()) {
                    LabelLayer.leader(g, b, t.anchorX() - v.scrollX(), t.anchorY() - v.scrollY(), p.muted());
                }
                g.setFill(!bad.isEmpty() && bad.contains(t.seq()) ? p.error() : p.muted());
                g.fillText(t.lines().get(0), b.x() + 3, b.centreY());
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
        if (row < v.firstRow() || row > v.lastRow() || Double.isNaN(x)
                || v.fold().rows().get(row).event().type() == io.sockscope.model.event.EventType.NOTE) {
            return; // an event with no row of its own (a queue sample) falls on a caption's row: no ring over the caption
        }
        double y = v.y(row);
        g.setStroke(v.palette().selection());
        g.setLineWidth(3);
        g.setLineDashes(v.selection().onEvent() ? null : new double[] {4, 3});
        g.strokeOval(x - 13, y - 13, 26, 26);
        g.setLineDashes();
    }
}
