package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Rows;
import java.util.ArrayList;
import java.util.List;
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
            s = s == null ? null : ArrowGeometry.toView(s, v);
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
        java.util.List<DataArrow> visible = v.fold().arrowsBetween(v.firstRow(), v.lastRow());
        java.util.Map<Long, Integer> fromCount = new java.util.HashMap<>();
        java.util.Map<Long, Integer> toCount = new java.util.HashMap<>();
        for (DataArrow a : visible) {
            fromCount.merge(a.fromSeq(), 1, Integer::sum);
            toCount.merge(a.toSeq(), 1, Integer::sum);
        }
        List<double[]> placed = new ArrayList<>();
        for (DataArrow a : visible) {
            if (a.fromRow() > v.lastRow() || (!a.lost() && a.toRow() < v.firstRow())) {
                continue;
            }
            double[] s = ArrowGeometry.of(a, v.cols(), v.axis());
            s = s == null ? null : ArrowGeometry.toView(s, v);
            if (s == null || !v.visibleX(Math.min(s[0], s[2]), Math.max(s[0], s[2]))) {
                continue;
            }
            boolean selected = v.selection() != null && v.selection().onEvent()
                    && (v.selection().seq() == a.fromSeq() || v.selection().seq() == a.toSeq());
            Color c = a.lost() ? p.lost() : a.datagram() ? p.datagram() : p.stream();
            gc.setStroke(c);
            gc.setLineWidth(selected ? 4 : 2.2);
            gc.strokeLine(s[0], s[1], s[2], s[3]);
            String text = a.preview().isEmpty() ? a.label() : a.label() + "  " + a.preview();
            if (!a.lost() && s[4] == 0) {
                Symbols.arrowHead(gc, s[0], s[1], s[2], s[3], 12, c);
            }
            // near the sender, whose caption sits on the far side; a split's labels further along
            double[] ts = a.lost() ? LOST_SPOTS : fromCount.get(a.fromSeq()) > 1 ? SPLIT_SPOTS : SPOTS;
            place(gc, v, text, s, ts, placed, c);
            if (a.lost()) { // the cross stays visible over any label
                Symbols.cross(gc, s[2], s[3], 7, c);
            }
        }
    }

    private static final double[] SPOTS = {0.3, 0.5, 0.7, 0.15, 0.85};
    private static final double[] SPLIT_SPOTS = {0.64, 0.45, 0.8};
    private static final double[] LOST_SPOTS = {0.5, 1.25, 0.2};

    /** Puts a label at the first spot along the arrow where it overlaps no earlier label of this frame. */
    private static void place(GraphicsContext gc, Viewport v, String text, double[] s, double[] ts,
                              List<double[]> placed, Color c) {
        double w = textWidth(text);
        double bestX = 0;
        double bestY = 0;
        for (int i = 0; i < ts.length; i++) {
            double x = s[0] + (s[2] - s[0]) * ts[i];
            double y = s[1] + (s[3] - s[1]) * Math.min(ts[i], 1) + (ts[i] > 1 ? 14 : 0);
            if (i == 0) {
                bestX = x;
                bestY = y;
            }
            boolean free = true;
            for (double[] r : placed) {
                if (Math.abs(r[0] - x) < (r[2] + w) / 2 && Math.abs(r[1] - y) < 17) {
                    free = false;
                    break;
                }
            }
            if (free) {
                bestX = x;
                bestY = y;
                break;
            }
        }
        placed.add(new double[] {bestX, bestY, w});
        label(gc, v, text, bestX, bestY, c);
    }

    /** Rough width of small text (no font metrics on the hot path). */
    static double textWidth(String text) {
        return text.length() * 6.4 + 12;
    }

    private static void label(GraphicsContext gc, Viewport v, String text, double x, double y, Color c) {
        double w = textWidth(text);
        gc.setFill(v.palette().background());
        gc.fillRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
        gc.setStroke(c);
        gc.setLineWidth(1);
        gc.strokeRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
        gc.setFill(c);
        gc.fillText(text, x, y);
    }
}
