package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.layout.SignalArrow;
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
            double[] s = view(ArrowGeometry.of(c, v.cols(), v.axis()), v);
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
        for (int r = v.firstRow(); r <= v.lastRow(); r++) { // keep labels off the step captions
            if (v.fold().rows().get(r).event() instanceof io.sockscope.model.event.Note n) {
                placed.add(GridLayer.noteBox(v, n, v.y(r)));
            }
        }
        signals(gc, v, placed);
        for (DataArrow a : visible) {
            if (a.fromRow() > v.lastRow() || (!a.lost() && a.toRow() < v.firstRow())) {
                continue;
            }
            double[] pts = view(ArrowGeometry.of(a, v.cols(), v.axis()), v);
            if (pts == null || !v.visibleX(Math.min(pts[0], pts[pts.length - 2]), Math.max(pts[0], pts[pts.length - 2]))) {
                continue;
            }
            boolean selected = v.selection() != null && v.selection().onEvent()
                    && (v.selection().seq() == a.fromSeq() || v.selection().seq() == a.toSeq());
            Color c = a.lost() ? p.lost() : a.datagram() ? p.datagram() : p.stream();
            double top = -60;
            double bottom = v.bottom() + 60;
            double[] first = ArrowGeometry.clip(pts[0], pts[1], pts[2], pts[3], top, bottom);
            gc.setStroke(c);
            gc.setLineWidth(selected ? 4 : 2.2);
            if (first != null) {
                gc.strokeLine(first[0], first[1], first[2], first[3]);
            }
            if (pts.length == 6) { // waiting in the receiver's queue until the read
                double[] wait = ArrowGeometry.clip(pts[2], pts[3], pts[4], pts[5], top, bottom);
                if (wait != null) {
                    gc.setLineWidth(selected ? 3 : 1.6);
                    gc.setLineDashes(3, 4);
                    gc.strokeLine(wait[0], wait[1], wait[2], wait[3]);
                    gc.setLineDashes(null);
                }
            }
            int n = pts.length;
            boolean endVisible = pts[n - 1] >= top && pts[n - 1] <= bottom;
            if (!a.lost() && endVisible) {
                Symbols.arrowHead(gc, pts[n - 4], pts[n - 3], pts[n - 2], pts[n - 1], 12, c);
            }
            String text = a.preview().isEmpty() ? a.label() : a.label() + "  " + a.preview();
            if (n == 6 && endVisible) { // beside the read, on the sender's side of the lifeline
                double dir = Math.signum(pts[2] - pts[0]);
                double w = textWidth(text);
                double ex = pts[4] - dir * (w / 2 + 5);
                place(gc, v, text, new double[] {ex, pts[5] - 9, ex, pts[5] - 27}, new double[] {0, 1}, placed, c, true);
            } else if (first != null && n == 4) {
                // near the sender, whose caption sits on the far side; a split's labels further along
                double len = Math.max(1, Math.abs(first[2] - first[0]));
                double edge = (textWidth(text) / 2 + 14) / len; // a label's width from an end: clear of that lifeline
                double tS = Math.max(0.12, Math.min(0.5, edge));
                double tR = Math.max(0.5, Math.min(0.88, 1 - edge));
                double[] ts = a.lost() ? LOST_SPOTS
                        : fromCount.get(a.fromSeq()) > 1 ? new double[] {tR, 0.5, tS} : new double[] {tS, 0.5, tR};
                place(gc, v, text, first, ts, placed, c, !a.lost());
            }
            if (a.lost() && endVisible) { // the cross stays visible over any label
                Symbols.cross(gc, pts[2], pts[3], 7, c);
            }
        }
    }

    /** Connects reaching the listener, FINs reaching the EOF they cause, RSTs reaching the reset: thin and dashed. */
    private static void signals(GraphicsContext gc, Viewport v, List<double[]> placed) {
        Palette p = v.palette();
        List<SignalArrow> all = v.fold().signals();
        for (int i = Rows.firstAtOrAfter(all, SignalArrow::toRow, v.firstRow()); i < all.size(); i++) {
            SignalArrow s = all.get(i);
            if (s.fromRow() > v.lastRow()) {
                if (s.toRow() > v.lastRow() + 20_000) {
                    break;
                }
                continue;
            }
            double[] pts = view(ArrowGeometry.of(s, v.cols(), v.axis()), v);
            if (pts == null || !v.visibleX(Math.min(pts[0], pts[2]), Math.max(pts[0], pts[2]))) {
                continue;
            }
            double[] seg = ArrowGeometry.clip(pts[0], pts[1], pts[2], pts[3], -60, v.bottom() + 60);
            if (seg == null) {
                continue;
            }
            Color c = s.kind() == SignalArrow.Kind.RST ? p.lost() : p.muted();
            gc.setStroke(c);
            gc.setLineWidth(1.4);
            gc.setLineDashes(2, 3);
            gc.strokeLine(seg[0], seg[1], seg[2], seg[3]);
            gc.setLineDashes(null);
            if (seg[3] == pts[3]) {
                Symbols.arrowHead(gc, seg[0], seg[1], seg[2], seg[3], 9, c);
            }
            place(gc, v, s.kind().label(), seg, new double[] {0.5, 0.3, 0.7}, placed, c, false);
        }
    }

    /** Content points to view points (small numbers even far down a long session). */
    private static double[] view(double[] pts, Viewport v) {
        if (pts == null) {
            return null;
        }
        double[] out = pts.clone();
        for (int i = 0; i < out.length; i += 2) {
            out[i] -= v.scrollX();
            out[i + 1] -= v.scrollY();
        }
        return out;
    }

    private static final double[] LOST_SPOTS = {0.5, 1.25, 0.2};

    /** Puts a label at the first spot along the arrow where it overlaps no earlier label of this frame. */
    private static void place(GraphicsContext gc, Viewport v, String text, double[] s, double[] ts,
                              List<double[]> placed, Color c, boolean always) {
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
            if (i == ts.length - 1 && !always) {
                return; // crowded: the shape tells enough
            }
        }
        placed.add(new double[] {bestX, bestY, w});
        label(gc, v, text, bestX, bestY, c);
    }

    /** Rough width of small text (no font metrics on the hot path). */
    static double textWidth(String text) {
        return Texts.estimate(text) + 12;
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
