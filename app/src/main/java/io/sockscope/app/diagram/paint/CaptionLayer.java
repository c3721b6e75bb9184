package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import java.util.List;

/**
 * Step captions (notes) in their boxes, drawn over the arrows so the words stay readable; the box
 * is nearly opaque, so an arrow passing under it still shows faintly.
 */
public final class CaptionLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        List<Row> rows = v.fold().rows();
        g.setTextBaseline(TextBaseline.CENTER);
        for (int r = v.firstRow(); r <= v.lastRow(); r++) {
            if (rows.get(r).event().type() == EventType.NOTE) {
                note(g, v, (Note) rows.get(r).event(), v.y(r));
            }
        }
    }

    private static void note(Surface g, Viewport v, Note n, double y) {
        Palette p = v.palette();
        boolean step = n.step() > 0;
        double[] box = GridLayer.noteBox(g, v, n, y);
        double left = box[0] - box[2] / 2;
        g.setFill(p.background().withOpacity(0.92));
        g.fillRoundRect(left, y - 11, box[2], 22, 11, 11);
        g.setStroke(step ? p.fg() : p.grid());
        g.setLineWidth(step ? 1.5 : 1);
        g.strokeRoundRect(left, y - 11, box[2], 22, 11, 11);
        double tx = left + 8;
        g.setFont(step ? v.bold() : v.font());
        if (step) { // the step number in a disc: no words, so no language
            g.setFill(p.fg());
            g.fillOval(left + 1, y - 10, 20, 20);
            g.setFill(p.background());
            g.setTextAlign(TextAlign.CENTER);
            g.fillText(Integer.toString(n.step()), left + 11, y);
            tx = left + 28;
        }
        g.setTextAlign(TextAlign.LEFT);
        g.setFill(p.fg());
        double room = box[2] - (tx - left) - 8;
        String text = g.measure(n.text(), g.font()).width() > room ? Texts.fit(n.text(), room, 8) : n.text();
        g.fillText(text, tx, y);
    }
}
