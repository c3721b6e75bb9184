package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.RowAxis;

/** Where arrows are drawn, shared by the painter and hit testing. Returns {x0, y0, x1, y1} or null. */
public final class ArrowGeometry {
    /** How far along its way a lost datagram's arrow gets before its cross. */
    public static final double LOST_REACH = 0.55;

    private ArrowGeometry() {
    }

    public static double[] of(DataArrow a, ColumnLayout cols, RowAxis axis) {
        double x0 = cols.x(a.fromSocket());
        if (Double.isNaN(x0)) {
            return null;
        }
        double y0 = axis.y(a.fromRow());
        double x1 = cols.x(a.toSocket());
        if (a.lost()) {
            double target = Double.isNaN(x1) ? x0 + ColumnLayout.COLUMN : x1;
            return new double[] {x0, y0, x0 + (target - x0) * LOST_REACH, y0 + RowAxis.STEP * 0.5};
        }
        if (Double.isNaN(x1)) {
            return null;
        }
        double y1 = axis.y(a.toRow());
        double inset = 7 * Math.signum(x1 - x0);
        return new double[] {x0 + inset, y0, x1 - inset, y1};
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

    /**
     * The segment in view coordinates, cut to the rows in sight (plus a margin) so no coordinate
     * gets huge; element 4 is 1 when the end point was cut off (then no arrowhead is drawn).
     */
    public static double[] toView(double[] s, Viewport v) {
        double x0 = s[0] - v.scrollX();
        double y0 = s[1] - v.scrollY();
        double x1 = s[2] - v.scrollX();
        double y1 = s[3] - v.scrollY();
        double top = -200;
        double bottom = v.bottom() + 200;
        double cut = 0;
        if (y1 != y0) {
            if (y0 < top) {
                x0 += (x1 - x0) * (top - y0) / (y1 - y0);
                y0 = top;
            }
            if (y1 > bottom) {
                x1 = x0 + (x1 - x0) * (bottom - y0) / (y1 - y0);
                y1 = bottom;
                cut = 1;
            }
        }
        return new double[] {x0, y0, x1, y1, cut};
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
