package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.layout.DataArrow;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.Rows;
import io.sockscope.app.diagram.layout.SignalArrow;
import java.util.ArrayList;
import java.util.List;

/**
 * The arrows drawn across each row, as straight pieces: those that arrive at or leave an event's
 * dot (a FIN reaching the recv that reads end of stream, the bytes a recv reads, a send's bytes
 * leaving) and those that pass the row on their way (a FIN crossing the "tcp CLOSE_WAIT" row
 * before the recv), so that a call's label beside its dot can keep clear of them rather than be
 * struck through.
 */
final class DotArrows {
    /** How far past the frame's last row a signal's end may lie and still leave from one of its rows. */
    private static final int SIGNAL_REACH = 400;
    /** The pieces across each row of the frame, by row less the frame's first ({@code null}: none). */
    private final List<double[]>[] byRow;
    private final int first;

    @SuppressWarnings("unchecked")
    DotArrows(TextPlan.Frame f, List<DataArrow> arrows, int first, int last) {
        this.first = first;
        this.byRow = new List[Math.max(0, last - first + 1)];
        List<SignalArrow> signals = f.fold().signals();
        for (int i = Rows.firstAtOrAfter(signals, SignalArrow::toRow, first); i < signals.size(); i++) {
            SignalArrow s = signals.get(i);
            if (s.toRow() > last + SIGNAL_REACH) {
                break;
            }
            double x0 = f.cols().x(s.fromSocket());
            double x1 = f.cols().x(s.toSocket());
            if (Double.isNaN(x0) || Double.isNaN(x1)) {
                continue;
            }
            double dir = x1 == x0 ? 1 : Math.signum(x1 - x0);
            double[] seg = {x0 + 7 * dir, f.axis().y(s.fromRow()), x1 - 9 * dir, f.axis().y(s.toRow())};
            add(s.fromRow(), s.toRow(), seg, first, last);
        }
        for (DataArrow a : arrows) {
            data(f, a, first, last);
        }
    }

    /** A data arrow as drawn: straight, an elbow (across into the queue, then down to the read) or, lost, part of the way across. */
    private void data(TextPlan.Frame f, DataArrow a, int first, int last) {
        double x0 = f.cols().x(a.fromSocket());
        double x1 = f.cols().x(a.toSocket());
        if (Double.isNaN(x0)) {
            return;
        }
        double y0 = f.axis().y(a.fromRow());
        if (a.lost()) {
            double target = Double.isNaN(x1) ? x0 + io.sockscope.app.diagram.layout.ColumnLayout.COLUMN : x1;
            add(a.fromRow(), a.fromRow() + 1, new double[] {x0, y0, x0 + (target - x0) * DataArrow.LOST_REACH,
                y0 + RowAxis.STEP * 0.5}, first, last);
            return;
        }
        if (Double.isNaN(x1) || a.toRow() < 0) {
            return;
        }
        double y1 = f.axis().y(a.toRow());
        double dir = x1 == x0 ? 1 : Math.signum(x1 - x0);
        if (y1 - y0 > RowAxis.ELBOW) {
            double xm = x1 - 12 * dir;
            add(a.fromRow(), a.fromRow() + 1, new double[] {x0 + 7 * dir, y0, xm, y0 + RowAxis.STEP * 0.8}, first, last);
            add(a.fromRow(), a.toRow(), new double[] {xm, y0 + RowAxis.STEP * 0.8, xm, y1 - 4}, first, last);
            return;
        }
        add(a.fromRow(), a.toRow(), new double[] {x0 + 7 * dir, y0, x1 - 7 * dir, y1}, first, last);
    }

    /** Files {@code seg} under every row from {@code fromRow} to {@code toRow} that lies in the frame. */
    private void add(int fromRow, int toRow, double[] seg, int first, int last) {
        for (int row = Math.max(first, Math.min(fromRow, toRow)); row <= Math.min(last, Math.max(fromRow, toRow)); row++) {
            if (byRow[row - first] == null) {
                byRow[row - first] = new ArrayList<>(2);
            }
            byRow[row - first].add(seg);
        }
    }

    /** True when an arrow drawn across row {@code row} runs through the box of {@code w} by {@code h} centred on (cx, cy). */
    boolean crosses(int row, double cx, double cy, double w, double h) {
        List<double[]> segs = row >= first && row - first < byRow.length ? byRow[row - first] : null;
        if (segs == null) {
            return false;
        }
        for (double[] s : segs) {
            if (meets(s, cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)) {
                return true;
            }
        }
        return false;
    }

    /** True when segment {@code s} passes through the inside of the box (touching its edge is not meeting it). */
    static boolean meets(double[] s, double left, double top, double right, double bottom) {
        double t0 = 0;
        double t1 = 1;
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {s[0] - left, right - s[0], s[1] - top, bottom - s[1]};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 < t1;
    }
}
