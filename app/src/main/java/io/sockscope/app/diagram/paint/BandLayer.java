package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.QueueSample;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.List;

/**
 * Kernel queues along each lifeline: the send queue's fill to the left, the receive queue's
 * (or a listener's accept queue's) to the right; full width means the buffer is full.
 */
public final class BandLayer implements Layer {
    /** Width of a full band on each side of the lifeline. */
    public static final double WIDTH = 30;

    @Override
    public void draw(Surface g, Viewport v) {
        ColumnLayout cols = v.cols();
        List<Lifeline> lines = cols.columns();
        for (int i = 0; i < lines.size(); i++) {
            double x = v.x(i);
            if (!v.visibleX(x - WIDTH, x + WIDTH)) {
                continue;
            }
            Lifeline l = lines.get(i);
            List<QueueSample> qs = v.fold().queues(l.socket());
            if (qs.isEmpty()) {
                continue;
            }
            int from = Math.max(0, Rows.lastAtOrBefore(qs, QueueSample::row, v.firstRow()));
            int endRow = l.closed() ? l.lastRow() : -1;
            for (int k = from; k < qs.size(); k++) {
                QueueSample q = qs.get(k);
                if (q.row() > v.lastRow()) {
                    break;
                }
                double y0 = v.y(q.row());
                double y1 = k + 1 < qs.size() ? v.y(qs.get(k + 1).row())
                        : endRow >= 0 ? v.y(endRow) : v.end();
                if (y1 <= y0) {
                    continue;
                }
                paint(g, v.palette(), q, x, y0, y1);
                if (q.listener() && (k == 0 || qs.get(k - 1).acceptQ() != q.acceptQ())) {
                    count(g, v, q, x, y0); // the backlog lesson is in the numbers
                }
            }
        }
    }

    /** Waiting connections over the backlog, e.g. {@code 3/2}, beside the band where it changes. */
    private static void count(Surface g, Viewport v, QueueSample q, double x, double y) {
        g.setFont(v.bold());
        g.setTextAlign(TextAlign.LEFT);
        g.setTextBaseline(TextBaseline.CENTER);
        g.setFill(v.palette().acceptQ());
        g.fillText(q.acceptQ() + "/" + q.backlog(), x + 6 + q.acceptFill() * WIDTH, y + 9);
    }

    private static void paint(Surface g, Palette p, QueueSample q, double x, double y0, double y1) {
        if (q.listener()) {
            side(g, p.acceptQ(), x + 3, y0, y1, q.acceptFill(), true);
            return;
        }
        side(g, p.sendQ(), x - 3, y0, y1, q.sendFill(), false);
        side(g, p.recvQ(), x + 3, y0, y1, q.recvFill(), true);
    }

    private static void side(Surface g, Rgba c, double x, double y0, double y1, double fill, boolean right) {
        if (fill <= 0) {
            return;
        }
        double w = Math.max(2, fill * WIDTH);
        g.setFill(c.withOpacity(0.45));
        g.fillRect(right ? x : x - w, y0, w, y1 - y0);
        g.setStroke(c);
        g.setLineWidth(1.5);
        double edge = right ? x + w : x - w;
        g.strokeLine(edge, y0, edge, y1);
        if (fill >= 0.999) { // full: a thick edge so it reads without colour too
            g.setLineWidth(3);
            g.strokeLine(edge, y0, edge, Math.min(y1, y0 + RowAxis.STEP / 2));
        }
    }
}
