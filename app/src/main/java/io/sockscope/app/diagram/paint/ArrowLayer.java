package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.List;

/**
 * Data arrows (stream bytes with their range, datagrams, lost datagrams ending in a cross)
 * and creation arrows from a server socket to the socket its accept spawned.
 */
public final class ArrowLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        Palette p = v.palette();
        for (CreationArrow c : Rows.between(v.fold().creations(), CreationArrow::row, v.firstRow(), v.lastRow())) {
            double[] s = view(ArrowGeometry.of(c, v.cols(), v.axis()), v);
            if (s != null && v.visibleX(Math.min(s[0], s[2]), Math.max(s[0], s[2]))) {
                g.setStroke(p.creation());
                g.setLineWidth(2);
                g.setLineDashes(7, 5);
                g.strokeLine(s[0], s[1], s[2], s[3]);
                g.setLineDashes();
                Symbols.arrowHead(g, s[0], s[1], s[2], s[3], 12, p.creation());
            }
        }
        g.setTextAlign(TextAlign.CENTER);
        g.setTextBaseline(TextBaseline.CENTER);
        g.setFont(v.small());
        List<DataArrow> visible = v.fold().arrowsBetween(v.firstRow(), v.lastRow());
        Labels labels = v.labels(g);
        unread(g, v);
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
            Rgba c = a.lost() ? p.lost() : a.datagram() ? p.datagram() : p.stream();
            double top = -60;
            double bottom = v.bottom() + 60;
            double[] first = ArrowGeometry.clip(pts[0], pts[1], pts[2], pts[3], top, bottom);
            g.setStroke(c);
            g.setLineWidth(selected ? 4 : 2.2);
            if (first != null) {
                g.strokeLine(first[0], first[1], first[2], first[3]);
            }
            if (pts.length == 6) { // waiting in the receiver's queue until the read
                double[] wait = ArrowGeometry.clip(pts[2], pts[3], pts[4], pts[5], top, bottom);
                if (wait != null) {
                    g.setLineWidth(selected ? 3 : 1.6);
                    g.setLineDashes(3, 4);
                    g.strokeLine(wait[0], wait[1], wait[2], wait[3]);
                    g.setLineDashes();
                }
            }
            int n = pts.length;
            boolean endVisible = pts[n - 1] >= top && pts[n - 1] <= bottom;
            if (!a.lost() && endVisible) {
                Symbols.arrowHead(g, pts[n - 4], pts[n - 3], pts[n - 2], pts[n - 1], 12, c);
            }
            if (a.lost() && endVisible) { // the cross stays visible over any label
                double cx = pts[2];
                double cy = pts[3];
                labels.later(() -> Symbols.cross(g, cx, cy, 7, c));
            }
        }
    }

    /** Sent but not read (yet): into the receiver's queue, waiting down its lifeline, ending in an open circle. */
    private static void unread(Surface g, Viewport v) {
        Palette p = v.palette();
        for (DataArrow a : v.fold().unread()) {
            if (a.fromRow() > v.lastRow()) {
                break;
            }
            double[] pts = view(ArrowGeometry.unread(a, v.fold(), v.cols(), v.axis()), v);
            if (pts == null || pts[5] < -60 || !v.visibleX(Math.min(pts[0], pts[2]) - 10, Math.max(pts[0], pts[2]) + 10)) {
                continue;
            }
            Rgba c = a.datagram() ? p.datagram() : p.stream();
            double[] first = ArrowGeometry.clip(pts[0], pts[1], pts[2], pts[3], -60, v.bottom() + 60);
            g.setStroke(c);
            g.setLineWidth(2.2);
            if (first != null) {
                g.strokeLine(first[0], first[1], first[2], first[3]);
            }
            double[] wait = ArrowGeometry.clip(pts[2], pts[3], pts[4], pts[5], -60, v.bottom() + 60);
            if (wait != null) {
                g.setLineWidth(1.6);
                g.setLineDashes(3, 4);
                g.strokeLine(wait[0], wait[1], wait[2], wait[3]);
                g.setLineDashes();
            }
            if (pts[5] <= v.bottom() + 60) {
                g.setFill(p.background());
                g.fillOval(pts[4] - 4.5, pts[5] - 4.5, 9, 9);
                g.setLineWidth(2);
                g.strokeOval(pts[4] - 4.5, pts[5] - 4.5, 9, 9);
            }
        }
    }

    /** Content points to view points (small numbers even far down a long session). */
    static double[] view(double[] pts, Viewport v) {
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
}
