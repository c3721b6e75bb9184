package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Vertical positions of rows, in pixels at zoom 1. Steps: a fixed pitch per row. Time: spacing
 * proportional to elapsed time (never below a readable minimum); an idle stretch longer than
 * {@link #FOLD_NANOS} is folded into a fixed band and recorded as a {@link Gap}.
 */
public final class RowAxis {
    /** Row pitch in the steps layout. */
    public static final double STEP = 30;
    /** Smallest spacing between rows in the time layout. */
    public static final double MIN_TIME_STEP = 22;
    /** Pixels per millisecond in the time layout. */
    public static final double PX_PER_MS = 1.0;
    /** Idle gaps longer than this are folded. */
    public static final long FOLD_NANOS = 200_000_000L;
    /** A data arrow spanning more than this many pixels down waits in the receiver's queue: drawn as an elbow. */
    public static final double ELBOW = STEP * 7.5;
    /** Height of a folded gap's band. */
    public static final double GAP_BAND = 34;

    private final LayoutMode mode;
    private double[] centre = new double[256];
    private int count;
    private long lastT;
    private double lastExtra;
    private final List<Gap> gaps = new ArrayList<>();
    /** True while {@link #centre} is another axis's (a cut): copied before this axis grows. */
    private boolean shared;
    private final java.util.function.ToDoubleFunction<Row> extra;

    public RowAxis(LayoutMode mode) {
        this(mode, r -> 0);
    }

    /** An axis where a row is {@code extra} pixels taller than its pitch (a step caption wrapped to several lines). */
    public RowAxis(LayoutMode mode, java.util.function.ToDoubleFunction<Row> extra) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.extra = Objects.requireNonNull(extra, "extra");
    }

    /**
     * This axis as it was when it held only {@code cut}'s rows (every row is placed from the
     * rows before it, so nothing moves): it shares the positions and copies nothing but the gaps.
     */
    public RowAxis cut(FoldView cut) {
        int n = Math.min(count, cut.rowCount());
        RowAxis a = new RowAxis(mode, extra);
        a.centre = centre;
        a.shared = true;
        a.count = n;
        a.lastT = n == 0 ? 0 : cut.rows().get(n - 1).t();
        a.lastExtra = n == 0 ? 0 : extra.applyAsDouble(cut.rows().get(n - 1));
        for (Gap g : gaps) {
            if (g.row() < n) {
                a.gaps.add(g);
            }
        }
        return a;
    }

    /** Brings the axis up to date with the fold's rows (appending only the new ones). */
    public RowAxis update(FoldView fold) {
        List<Row> rows = fold.rows();
        if (shared) {
            centre = Arrays.copyOf(centre, Math.max(rows.size(), centre.length));
            shared = false;
        }
        if (rows.size() > centre.length) {
            centre = Arrays.copyOf(centre, Math.max(rows.size(), centre.length * 2));
        }
        for (int i = count; i < rows.size(); i++) {
            long t = rows.get(i).t();
            double min = i > 0 && (roomy(rows.get(i)) || roomy(rows.get(i - 1))) ? STEP : MIN_TIME_STEP;
            centre[i] = i == 0 ? STEP / 2
                    : centre[i - 1] + spacing(i, t - lastT, centre[i - 1], min) + extra.applyAsDouble(rows.get(i - 1));
            lastT = t;
        }
        count = rows.size();
        lastExtra = count == 0 ? 0 : extra.applyAsDouble(rows.get(count - 1));
        return this;
    }

    /** Captions and lifeline births need a full row even when little time passed. */
    private static boolean roomy(Row r) {
        EventType type = r.type();
        return type == EventType.NOTE || type == EventType.OPEN || type == EventType.ACCEPT;
    }

    private double spacing(int row, long dt, double prev, double min) {
        if (mode == LayoutMode.STEPS) {
            return STEP;
        }
        if (dt > FOLD_NANOS) {
            gaps.add(new Gap(row, dt, prev + min / 2, GAP_BAND));
            return GAP_BAND + min;
        }
        return Math.max(min, dt / 1e6 * PX_PER_MS);
    }

    public LayoutMode mode() {
        return mode;
    }

    public int count() {
        return count;
    }

    /** Centre of a row. */
    public double y(int row) {
        if (count == 0) {
            return STEP / 2;
        }
        if (row < count) {
            return centre[Math.max(row, 0)];
        }
        return centre[count - 1] + (row - count + 1) * STEP;
    }

    /** Total height of all rows. */
    /** The bottom edge of {@code row}: below any extra height it has (a wrapped caption), where the next row's band starts. */
    public double bottom(int row) {
        return row >= 0 && row + 1 < count ? centre[row + 1] - STEP / 2 : height();
    }

    public double height() {
        return count == 0 ? 0 : centre[count - 1] + STEP / 2 + lastExtra;
    }

    /** Index of the first row whose centre is at or below {@code y}. */
    public int firstRowFrom(double y) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (centre[mid] < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The row whose centre is nearest to {@code y}, or -1 when there are no rows. */
    public int rowAt(double y) {
        if (count == 0) {
            return -1;
        }
        int i = Math.min(firstRowFrom(y), count - 1);
        if (i > 0 && Math.abs(centre[i - 1] - y) < Math.abs(centre[i] - y)) {
            i--;
        }
        return i;
    }

    /** Folded gaps, in row order. */
    public List<Gap> gaps() {
        return gaps;
    }
}
