package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Rows;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * Data arrows (stream bytes with their range, datagrams, lost datagrams ending in a cross)
 * and creation arrows from a server socket to the socket its accept spawned.
 */
public final class ArrowLayer implements Layer {
    @Override
    public void draw(GraphicsContext gc, Viewport v) {
        Palette p = v.palette();
        for (CreationArrow c : Rows.between(v.fold().creations(), CreationArrow::row, v.firstRow(), v.lastRow())) {
            double[] s = ArrowGeometry.of(c, v.cols(), v.axis());
            if (s != null && v.visibleX(Math.min(s[0], s[2]), Math.max(s[0], s[2]))) {
                gc.setStroke(p.creation());
                gc.setLineWidth(2);
                gc.setLineDashes(7, 5);
                gc.strokeLine(s[0], s[1], s[2], s[3]);
                gc.setLineDashes(null);
                Symbols.arrowHead(gc, s[0], s[1], s[2], s[3], 12, p.creation());
            }
        }
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(v.small());
        for (DataArrow a : v.fold().arrowsBetween(v.firstRow(), v.lastRow())) {
            if (a.fromRow() > v.lastRow() || (!a.lost() && a.toRow() < v.firstRow())) {
                continue;
            }
            double[] s = ArrowGeometry.of(a, v.cols(), v.axis());
            if (s == null || !v.visibleX(Math.min(s[0], s[2]), Math.max(s[0], s[2]))) {
                continue;
            }
            boolean selected = v.selection() != null && v.selection().onEvent()
                    && (v.selection().seq() == a.fromSeq() || v.selection().seq() == a.toSeq());
            Color c = a.lost() ? p.lost() : a.datagram() ? p.datagram() : p.stream();
            gc.setStroke(c);
            gc.setLineWidth(selected ? 4 : 2.2);
            gc.strokeLine(s[0], s[1], s[2], s[3]);
            if (a.lost()) {
                Symbols.cross(gc, s[2], s[3], 7, c);
            } else {
                Symbols.arrowHead(gc, s[0], s[1], s[2], s[3], 12, c);
            }
            label(gc, v, a.label(), (s[0] + s[2]) / 2, (s[1] + s[3]) / 2, c);
        }
    }

    private static void label(GraphicsContext gc, Viewport v, String text, double x, double y, Color c) {
        double w = text.length() * 6.3 + 10;
        gc.setFill(v.palette().background());
        gc.fillRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
        gc.setStroke(c);
        gc.setLineWidth(1);
        gc.strokeRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
        gc.setFill(c);
        gc.fillText(text, x, y);
    }
}
