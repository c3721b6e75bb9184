package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.layout.RowAxis;

/** Where arrows are drawn, shared by the painter and hit testing. Returns {x0, y0, x1, y1} or null. */
public final class ArrowGeometry {

    private ArrowGeometry() {
    }

    /** An arrow spanning more than this many pixels down waits in the receiver's queue: drawn as an elbow. */
    public static final double ELBOW = RowAxis.ELBOW;

    /**
     * Points of a data arrow in content coordinates: {x0, y0, x1, y1} for a straight arrow, or
     * {x0, y0, xm, ym, x1, y1} for bytes read much later: across into the receiver's queue
     * within a row, then down along its lifeline to the read.
     */
    public static double[] of(DataArrow a, ColumnLayout cols, RowAxis axis) {
        double x0 = cols.x(a.fromSocket());
        if (Double.isNaN(x0)) {
            return null;
        }
        double y0 = axis.y(a.fromRow());
        double x1 = cols.x(a.toSocket());
        if (a.lost()) {
            double target = Double.isNaN(x1) ? x0 + ColumnLayout.COLUMN : x1;
            return new double[] {x0, y0, x0 + (target - x0) * DataArrow.LOST_REACH, y0 + RowAxis.STEP * 0.5};
        }
        if (Double.isNaN(x1)) {
            return null;
        }
        double y1 = axis.y(a.toRow());
        double dir = x1 == x0 ? 1 : Math.signum(x1 - x0);
        if (y1 - y0 > ELBOW) {
            double xm = x1 - 12 * dir;
            return new double[] {x0 + 7 * dir, y0, xm, y0 + RowAxis.STEP * 0.8, xm, y1 - 4};
        }
        return new double[] {x0 + 7 * dir, y0, x1 - 7 * dir, y1};
    }

    /**
     * An unread arrow: across into the receiver's queue, then down along its lifeline to where
     * the bytes still wait (the receiver's close, or the last row): {x0, y0, xm, ym, xm, y1}.
     */
    public static double[] unread(DataArrow a, FoldView fold, ColumnLayout cols, RowAxis axis) {
        double x0 = cols.x(a.fromSocket());
        double x1 = cols.x(a.toSocket());
        if (Double.isNaN(x0) || Double.isNaN(x1) || fold.rowCount() == 0) {
            return null;
        }
        Lifeline r = fold.lifeline(a.toSocket());
        int end = r != null && r.closed() ? r.lastRow() : fold.rowCount() - 1;
        double dir = x1 == x0 ? 1 : Math.signum(x1 - x0);
        double y0 = axis.y(a.fromRow());
        double xm = x1 - 12 * dir;
        double ym = y0 + RowAxis.STEP * 0.8;
        return new double[] {x0 + 7 * dir, y0, xm, ym, xm, Math.max(ym, axis.y(end) + RowAxis.STEP * 0.3)};
    }

    /** A segment cut to {@code top <= y <= bottom}, or null if none of it is there. */
    public static double[] clip(double x0, double y0, double x1, double y1, double top, double bottom) {
        if ((y0 < top && y1 < top) || (y0 > bottom && y1 > bottom)) {
            return null;
        }
        if (y0 != y1) {
            double[] a = {x0, y0};
            double[] b = {x1, y1};
            for (double[] p : new double[][] {a, b}) {
                double lim = p[1] < top ? top : p[1] > bottom ? bottom : p[1];
                if (lim != p[1]) {
                    p[0] = x0 + (x1 - x0) * (lim - y0) / (y1 - y0);
                    p[1] = lim;
                }
            }
            return new double[] {a[0], a[1], b[0], b[1]};
        }
        return new double[] {x0, y0, x1, y1};
    }

    /** Distance from (px, py) to a polyline of points {x0, y0, x1, y1, ...}. */
    public static double distanceToPath(double[] pts, double px, double py) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i + 3 < pts.length; i += 2) {
            best = Math.min(best, distance(new double[] {pts[i], pts[i + 1], pts[i + 2], pts[i + 3]}, px, py));
        }
        return best;
    }

    /** A connect, FIN or RST: {x0, y0, x1, y1}, or null. */
    public static double[] of(io.sockscope.app.diagram.layout.SignalArrow s, ColumnLayout cols, RowAxis axis) {
        double x0 = cols.x(s.fromSocket());
        double x1 = cols.x(s.toSocket());
        if (Double.isNaN(x0) || Double.isNaN(x1)) {
            return null;
        }
        double dir = x1 == x0 ? 1 : Math.signum(x1 - x0);
        return new double[] {x0 + 7 * dir, axis.y(s.fromRow()), x1 - 9 * dir, axis.y(s.toRow())};
    }

    public static double[] of(CreationArrow c, ColumnLayout cols, RowAxis axis) {
        double x0 = cols.x(c.server());
        double x1 = cols.x(c.child());
        if (Double.isNaN(x0) || Double.isNaN(x1)) {
            return null;
        }
        double y = axis.y(c.row());
        double inset = Math.signum(x1 - x0);
        return new double[] {x0 + 8 * inset, y, x1 - 34 * inset, y};
    }

    /** Distance from (px, py) to the segment. */
    public static double distance(double[] s, double px, double py) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - s[0]) * dx + (py - s[1]) * dy) / len2));
        double cx = s[0] + t * dx;
        double cy = s[1] + t * dy;
        return Math.hypot(px - cx, py - cy);
    }
}
