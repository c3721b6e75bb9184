package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.CreationArrow;
import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.paint.ArrowGeometry;
import io.sockscope.app.diagram.paint.BandLayer;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.model.event.Event;

/** Finds what is under a point of the canvas: an arrow, an event's mark, or a lifeline at a row. */
public final class HitTest {
    private static final double NEAR = 7;

    private HitTest() {
    }

    /** The selection a click at screen point (sx, sy) makes, or null for empty space. */
    public static Selection pick(Viewport v, double sx, double sy) {
        if (v.fold().rowCount() == 0) {
            return null;
        }
        double cx = sx / v.zoom() + v.scrollX();
        double hy = sy / v.zoom();
        if (hy < Viewport.HEAD) { // a head: that socket at the row the heads show
            int c = v.cols().columnAt(cx);
            return c < 0 || Math.abs(v.cols().x(c) - cx) > ColumnLayout.COLUMN / 2 ? null
                    : new Selection(v.cols().columns().get(c).socket(), v.fold().rows().get(v.stateRow()).seq(), false);
        }
        double cy = hy - Viewport.HEAD + v.scrollY();
        int row = v.axis().rowAt(cy);
        Event e = v.fold().rows().get(row).event();
        double ex = v.cols().x(e.socket());
        if (!Double.isNaN(ex) && Math.abs(ex - cx) <= NEAR + 3 && Math.abs(v.axis().y(row) - cy) <= NEAR + 3) {
            return new Selection(e.socket(), e.seq(), true);
        }
        for (DataArrow a : v.fold().arrowsBetween(row - 1, row + 1)) {
            double[] s = ArrowGeometry.of(a, v.cols(), v.axis());
            if (s != null && ArrowGeometry.distanceToPath(s, cx, cy) <= NEAR) {
                return new Selection(a.fromSocket(), a.fromSeq(), true);
            }
        }
        for (DataArrow a : v.fold().unread()) {
            if (a.fromRow() > row + 1) {
                break;
            }
            double[] s = ArrowGeometry.unread(a, v.fold(), v.cols(), v.axis());
            if (s != null && ArrowGeometry.distanceToPath(s, cx, cy) <= NEAR) {
                return new Selection(a.fromSocket(), a.fromSeq(), true);
            }
        }
        for (CreationArrow c : Rows.between(v.fold().creations(), CreationArrow::row, row - 1, row + 1)) {
            double[] s = ArrowGeometry.of(c, v.cols(), v.axis());
            if (s != null && ArrowGeometry.distance(s, cx, cy) <= NEAR) {
                return new Selection(c.server(), c.seq(), true);
            }
        }
        for (io.sockscope.app.diagram.layout.SignalArrow sa : v.fold().signals()) {
            if (sa.fromRow() <= row + 1 && sa.toRow() >= row - 1) {
                double[] s = ArrowGeometry.of(sa, v.cols(), v.axis());
                if (s != null && ArrowGeometry.distance(s, cx, cy) <= NEAR) {
                    return new Selection(sa.fromSocket(), sa.fromSeq(), true);
                }
            }
        }
        for (io.sockscope.app.diagram.layout.Badge b : Rows.between(v.fold().badges(),
                io.sockscope.app.diagram.layout.Badge::row, row, row)) { // a badge: its select
            double bx = v.cols().x(b.socket());
            if (!Double.isNaN(bx) && cx < bx - 8 && cx > bx - 12 - 13 * 4 && Math.abs(v.axis().y(row) - cy) <= 9) {
                return new Selection(b.selector(), b.seq(), true);
            }
        }
        int c = v.cols().columnAt(cx);
        if (c >= 0 && Math.abs(v.cols().x(c) - cx) <= BandLayer.WIDTH + 8) {
            Lifeline l = v.cols().columns().get(c);
            if (l.alive(row)) {
                return new Selection(l.socket(), v.fold().rows().get(row).seq(), false);
            }
        }
        return null;
    }

    /** The selection for a row and socket: on the event if the row's event is that socket's. */
    public static Selection at(Row row, String socket) {
        Event e = row.event();
        String s = socket == null ? e.socket() : socket;
        return new Selection(s, e.seq(), s != null && s.equals(e.socket()));
    }
}
