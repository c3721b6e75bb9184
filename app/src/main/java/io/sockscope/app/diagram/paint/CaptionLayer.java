package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.Row;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Step captions (notes) in their boxes, drawn over the arrows so the words stay readable; the box
 * is nearly opaque, so an arrow passing under it still shows faintly.
 */
public final class CaptionLayer implements Layer {
    @Override
    public void draw(GraphicsContext gc, Viewport v) {
        List<Row> rows = v.fold().rows();
        gc.setTextBaseline(VPos.CENTER);
        for (int r = v.firstRow(); r <= v.lastRow(); r++) {
            if (rows.get(r).event().type() == EventType.NOTE) {
                note(gc, v, (Note) rows.get(r).event(), v.y(r));
            }
        }
    }

    private static void note(GraphicsContext gc, Viewport v, Note n, double y) {
        Palette p = v.palette();
        boolean step = n.step() > 0;
        double[] box = GridLayer.noteBox(v, n, y);
        double left = box[0] - box[2] / 2;
        gc.setFill(Palette.alpha(p.background(), 0.92));
        gc.fillRoundRect(left, y - 11, box[2], 22, 11, 11);
        gc.setStroke(step ? p.fg() : p.grid());
        gc.setLineWidth(step ? 1.5 : 1);
        gc.strokeRoundRect(left, y - 11, box[2], 22, 11, 11);
        double tx = left + 8;
        gc.setFont(step ? v.bold() : v.font());
        if (step) { // the step number in a disc: no words, so no language
            gc.setFill(p.fg());
            gc.fillOval(left + 1, y - 10, 20, 20);
            gc.setFill(p.background());
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(Integer.toString(n.step()), left + 11, y);
            tx = left + 28;
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setFill(p.fg());
        double room = box[2] - (tx - left) - 8;
        String text = Texts.measure(n.text(), gc.getFont()) > room ? Texts.fit(n.text(), room, 8) : n.text();
        gc.fillText(text, tx, y);
    }
}
