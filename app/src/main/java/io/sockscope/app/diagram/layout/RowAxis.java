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
 *
 * <p>A live window's axis keeps the positions of the rows its bounded fold holds
 * ({@link #dropBefore}) and, every {@value #SAMPLE} rows, one row's position and time: an
 * axis for an older region starts from such a sample ({@link #from}) and places the region's
 * rows as this axis did. Rows before those kept are placed by their sample and the step pitch
 * (exact in the steps layout without wrapped captions), never below the next sample.
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

    /** Rows between position samples. */
    public static final int SAMPLE = 1024;

    private final LayoutMode mode;
    private double[] centre = new double[256];
    /** Row of {@code centre[0]}. */
    private int base;
    private int count;
    /** Every {@value #SAMPLE}th row's centre, time and extra height. */
    private double[] sampleY = new double[16];
    private long[] sampleT = new long[16];
    private double[] sampleExtra = new double[16];
    private int samples;
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
        a.base = base;
        a.shared = true;
        a.sampleY = sampleY;
        a.sampleT = sampleT;
        a.sampleExtra = sampleExtra;
        a.samples = Math.min(samples, (n + SAMPLE - 1) / SAMPLE);
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

    /**
     * An axis for a region of the session: as {@code whole} was right after the sample row at or
     * before {@code row} ({@link #sampleAtOrBefore}); {@link #update} with a fold holding that
     * row and those after it places them as {@code whole} did.
     */
    public static RowAxis from(RowAxis whole, int row) {
        RowAxis a = new RowAxis(whole.mode, whole.extra);
        int s = Math.min(Math.max(0, row) / SAMPLE, whole.samples - 1);
        if (s < 0) {
            return a;
        }
        a.base = s * SAMPLE;
        a.count = a.base + 1;
        a.centre[0] = whole.sampleY[s];
        a.lastT = whole.sampleT[s];
        a.lastExtra = whole.sampleExtra[s];
        a.sampleY = Arrays.copyOf(whole.sampleY, whole.samples);
        a.sampleT = Arrays.copyOf(whole.sampleT, whole.samples);
        a.sampleExtra = Arrays.copyOf(whole.sampleExtra, whole.samples);
        a.samples = s + 1;
        return a;
    }

    /**
     * Starts an empty axis at row {@code r} (its rows before are let go): rows before it are
     * placed at the step pitch, {@code r} after them; {@link #update} goes on from there.
     */
    public void skipTo(Row r) {
        if (count > 0) {
            throw new IllegalStateException("the axis already has rows");
        }
        base = r.index();
        count = base + 1;
        centre[0] = STEP / 2 + base * STEP;
        lastT = r.t();
        lastExtra = extra.applyAsDouble(r);
        for (int s = 0; s * SAMPLE <= base; s++) {
            sample(s, STEP / 2 + s * (double) SAMPLE * STEP, s * SAMPLE == base ? r.t() : 0, 0);
        }
    }

    /** The sample row at or before {@code row}: where an axis {@link #from} this one can start. */
    public static int sampleAtOrBefore(int row) {
        return Math.max(0, row) / SAMPLE * SAMPLE;
    }

    /** Brings the axis up to date with the fold's rows (appending only the new ones; a region fold's up to its last). */
    public RowAxis update(FoldView fold) {
        List<Row> rows = fold.rows();
        int end = fold instanceof SessionFold f ? (int) Math.min(rows.size(), f.lastHeld() + 1L) : rows.size();
        if (shared) {
            centre = Arrays.copyOf(centre, Math.max(end - base, centre.length));
            sampleY = Arrays.copyOf(sampleY, sampleY.length);
            sampleT = Arrays.copyOf(sampleT, sampleT.length);
            sampleExtra = Arrays.copyOf(sampleExtra, sampleExtra.length);
            shared = false;
        }
        if (end - base > centre.length) {
            centre = Arrays.copyOf(centre, Math.max(end - base, centre.length * 2));
        }
        Row prev = count == 0 ? null : rows.get(count - 1);
        for (int i = count; i < end; i++) {
            Row r = rows.get(i);
            long t = r.t();
            double min = i > 0 && (roomy(r) || roomy(prev)) ? STEP : MIN_TIME_STEP;
            double before = i == 0 ? 0 : centre[i - 1 - base];
            centre[i - base] = i == 0 ? STEP / 2 : before + spacing(i, t - lastT, before, min) + extra.applyAsDouble(prev);
            lastT = t;
            if (i % SAMPLE == 0) {
                sample(i / SAMPLE, centre[i - base], t, extra.applyAsDouble(r));
            }
            prev = r;
        }
        count = Math.max(count, end);
        lastExtra = prev == null ? 0 : extra.applyAsDouble(prev);
        return this;
    }

    private void sample(int s, double y, long t, double more) {
        if (s == sampleY.length) {
            sampleY = Arrays.copyOf(sampleY, s * 2);
            sampleT = Arrays.copyOf(sampleT, s * 2);
            sampleExtra = Arrays.copyOf(sampleExtra, s * 2);
        }
        sampleY[s] = y;
        sampleT[s] = t;
        sampleExtra[s] = more;
        samples = s + 1;
    }

    /**
     * Lets the positions of rows before {@code row} go (the bounded fold no longer holds them),
     * and the gaps before it: those rows are then placed by their sample and the step pitch.
     */
    public void dropBefore(int row) {
        int drop = Math.min(row, count - 1) - base;
        if (drop <= 0 || shared) {
            return;
        }
        centre = Arrays.copyOfRange(centre, drop, drop + Math.max(centre.length - drop, 256));
        base += drop;
        gaps.removeIf(g -> g.row() < base);
    }

    /** The first row whose position is kept (0 unless {@link #dropBefore} let older ones go). */
    public int firstKept() {
        return base;
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
        if (row < base) { // let go: from its sample at the step pitch, never past the next kept position
            int s = Math.min(Math.max(row, 0) / SAMPLE, samples - 1);
            double next = s + 1 < samples && (s + 1) * SAMPLE < base ? sampleY[s + 1] : centre[0];
            return Math.min(sampleY[s] + (row - s * SAMPLE) * STEP, next);
        }
        if (row < count) {
            return centre[row - base];
        }
        return centre[count - 1 - base] + (row - count + 1) * STEP;
    }

    /** Total height of all rows. */
    /** The bottom edge of {@code row}: below any extra height it has (a wrapped caption), where the next row's band starts. */
    public double bottom(int row) {
        return row >= 0 && row + 1 < count ? y(row + 1) - STEP / 2 : height();
    }

    public double height() {
        return count == 0 ? 0 : centre[count - 1 - base] + STEP / 2 + lastExtra;
    }

    /** Index of the first row whose centre is at or below {@code y}. */
    public int firstRowFrom(double y) {
        if (base > 0 && count > base && y <= centre[0]) { // among the rows let go: by their samples
            int lo = 0;
            int hi = base;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (y(mid) < y) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
        int lo = base;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (centre[mid - base] < y) {
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
        if (i > 0 && Math.abs(y(i - 1) - y) < Math.abs(y(i) - y)) {
            i--;
        }
        return i;
    }

    /** Folded gaps, in row order. */
    public List<Gap> gaps() {
        return gaps;
    }
}
