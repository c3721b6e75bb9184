package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.text.TextBox;
import io.sockscope.app.diagram.layout.text.TextPlan;
import io.sockscope.app.diagram.layout.text.TextStyle;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.model.event.Note;

/**
 * Step captions (notes) in their boxes, wrapped whole to as many lines as the frame's
 * {@link TextPlan} gave them (never shortened), drawn over the arrows and lifelines so the words
 * stay readable; the box is nearly opaque, so a line passing under it still shows faintly.
 */
public final class CaptionLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        TextPlan plan = v.plan(g);
        double line = v.measure(g).lineHeight(TextStyle.BOLD);
        g.setTextBaseline(TextBaseline.CENTER);
        for (TextPlan.Text t : plan.texts()) {
            if (t.kind() == TextPlan.Kind.STEP_CAPTION || t.kind() == TextPlan.Kind.NOTE) {
                int row = v.fold().rowOfSeq(t.seq());
                int step = row >= 0 && v.fold().rows().get(row).event() instanceof Note n ? n.step() : 0;
                note(g, v, t, step, t.kind() == TextPlan.Kind.STEP_CAPTION ? line : v.measure(g).lineHeight(TextStyle.NORMAL));
            }
        }
    }

    private static void note(Surface g, Viewport v, TextPlan.Text t, int step, double line) {
        Palette p = v.palette();
        TextBox b = t.box().moved(-v.scrollX(), -v.scrollY());
        double r = Math.min(11, b.h() / 2);
        g.setFill(p.background().withOpacity(0.92));
        g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 2 * r, 2 * r);
        g.setStroke(step > 0 ? p.fg() : p.grid());
        g.setLineWidth(step > 0 ? 1.5 : 1);
        g.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 2 * r, 2 * r);
        double first = b.y() + TextPlan.CAPTION_LINE / 2;
        double tx = b.x() + 8;
        g.setFont(step > 0 ? v.bold() : v.font());
        if (step > 0) { // the step number in a disc: no words, so no language
            g.setFill(p.fg());
            g.fillOval(b.x() + 1, first - 10, 20, 20);
            g.setFill(p.background());
            g.setTextAlign(TextAlign.CENTER);
            g.fillText(Integer.toString(step), b.x() + 11, first);
            tx = b.x() + TextPlan.DISC;
        }
        g.setTextAlign(TextAlign.LEFT);
        g.setFill(p.fg());
        for (int i = 0; i < t.lines().size(); i++) {
            g.fillText(t.lines().get(i), tx, first + i * line);
        }
    }
}
