package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.text.TextBox;
import io.sockscope.app.diagram.layout.text.TextPlan;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.HashMap;
import java.util.Map;

/**
 * The labels of data arrows, of unread bytes and of grouped bursts, each in the box the frame's
 * {@link TextPlan} gave it (on a leader line when it had to move away), drawn over the step
 * captions; then the signal labels and the marks that must stay over every label.
 */
public final class LabelLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        Map<Long, Rgba> colours = colours(v);
        Palette p = v.palette();
        g.setTextAlign(TextAlign.CENTER);
        g.setTextBaseline(TextBaseline.CENTER);
        for (TextPlan.Text t : v.plan(g).texts()) {
            switch (t.kind()) {
                case ARROW, UNREAD -> pill(g, v, t, colours.getOrDefault(t.seq(), p.stream()), false);
                case BURST -> pill(g, v, t, p.fg(), true);
                default -> {
                }
            }
        }
        v.labels(g).drawPending();
    }

    /** The colour of each visible arrow's label, by its send's seq (a lost datagram's wins). */
    private static Map<Long, Rgba> colours(Viewport v) {
        Palette p = v.palette();
        Map<Long, Rgba> out = new HashMap<>();
        for (DataArrow a : v.fold().arrowsBetween(v.firstRow(), v.lastRow())) {
            out.merge(a.fromSeq(), a.lost() ? p.lost() : a.datagram() ? p.datagram() : p.stream(),
                    (x, y) -> a.lost() ? y : x);
        }
        for (DataArrow a : v.fold().unread()) {
            out.putIfAbsent(a.fromSeq(), a.datagram() ? p.datagram() : p.stream());
        }
        return out;
    }

    private static void pill(Surface g, Viewport v, TextPlan.Text t, Rgba c, boolean bold) {
        TextBox b = t.box().moved(-v.scrollX(), -v.scrollY());
        if (t.leader()) {
            leader(g, b, t.anchorX() - v.scrollX(), t.anchorY() - v.scrollY(), c);
        }
        g.setFill(v.palette().background());
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        g.setStroke(c);
        g.setLineWidth(bold ? 1.5 : 1);
        g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        g.setFill(c);
        g.setFont(bold ? v.bold() : v.small());
        g.fillText(t.lines().get(0), b.centreX(), b.centreY());
    }

    /** A thin line from the point a moved label belongs to, to the nearest point of its box. */
    static void leader(Surface g, TextBox b, double ax, double ay, Rgba c) {
        double x = Math.max(b.x(), Math.min(b.right(), ax));
        double y = Math.max(b.y(), Math.min(b.bottom(), ay));
        g.setStroke(c.withOpacity(0.6));
        g.setLineWidth(0.8);
        g.setLineDashes(2, 2);
        g.strokeLine(ax, ay, x, y);
        g.setLineDashes();
    }
}
