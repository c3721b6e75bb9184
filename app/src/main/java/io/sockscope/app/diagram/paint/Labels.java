package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The label pills of one frame. Each new label takes the first of its candidate spots that
 * overlaps nothing placed before it (captions register their boxes first), so labels of
 * merged, split and crowded arrows stay readable.
 */
public final class Labels {
    /** Two label pills closer than this in y overlap (when they also overlap in x). */
    private static final double BAND = 17;
    /** Most bands kept in arrays; a taller frame keeps the rest by key. */
    private static final int MOST_BANDS = 1 << 20;
    /**
     * Boxes placed so far (x, y, w each), by band of {@link #BAND} pixels of y (a whole session has
     * thousands): the bands of the frame's rows in arrays, from band {@link #firstBand} on, any
     * other by key.
     */
    private final long firstBand;
    private final double[][] near;
    private final int[] nearCount;
    private final Map<Long, List<double[]>> far = new HashMap<>();
    /** Pills (and marks that must stay over them) drawn after the step captions, by {@link #drawPending}. */
    private final List<Runnable> pending = new ArrayList<>();

    /** Labels whose boxes will mostly lie between view y {@code y0} and {@code y1}. */
    public Labels(double y0, double y1) {
        this.firstBand = (long) Math.floor(y0 / BAND);
        long bands = (long) Math.floor(y1 / BAND) - firstBand + 1;
        int n = (int) Math.max(0, Math.min(MOST_BANDS, bands));
        this.near = new double[n][];
        this.nearCount = new int[n];
    }

    /** Draws {@code r} with the labels, over the step captions. */
    public void later(Runnable r) {
        pending.add(r);
    }

    /** Draws the labels placed so far, in order, and forgets them. */
    public void drawPending() {
        pending.forEach(Runnable::run);
        pending.clear();
    }

    /** Reserves a box centred at (x, y) of width w, e.g. a step caption. */
    public void reserve(double x, double y, double w) {
        place(x, y, w);
    }

    private void place(double x, double y, double w) {
        long band = (long) Math.floor(y / BAND);
        long i = band - firstBand;
        if (i < 0 || i >= near.length) {
            far.computeIfAbsent(band, k -> new ArrayList<>()).add(new double[] {x, y, w});
            return;
        }
        int at = (int) i;
        double[] boxes = near[at];
        int n = nearCount[at];
        if (boxes == null) {
            boxes = new double[6];
            near[at] = boxes;
        } else if (3 * n == boxes.length) {
            boxes = java.util.Arrays.copyOf(boxes, 2 * boxes.length);
            near[at] = boxes;
        }
        boxes[3 * n] = x;
        boxes[3 * n + 1] = y;
        boxes[3 * n + 2] = w;
        nearCount[at] = n + 1;
    }

    /** Width of a label pill for {@code text}. */
    public static double width(String text) {
        return Texts.estimate(text) + 12;
    }

    /**
     * Draws {@code text} at the first free spot along segment {@code s} = {x0, y0, x1, y1}, given as
     * fractions {@code ts} (above 1: below the end point). When every spot is taken it is drawn at
     * the first anyway if {@code always}, otherwise left out (the shape alone tells enough).
     */
    public void along(Surface g, Viewport v, String text, double[] s, double[] ts, Rgba c, boolean always) {
        double w = width(text);
        for (int i = 0; i < ts.length; i++) {
            double x = s[0] + (s[2] - s[0]) * ts[i];
            double y = s[1] + (s[3] - s[1]) * Math.min(ts[i], 1) + (ts[i] > 1 ? 14 : 0);
            if (free(x, y, w) || (i == ts.length - 1 && always)) {
                if (!free(x, y, w)) { // crowded: fall back to the preferred spot
                    x = s[0] + (s[2] - s[0]) * ts[0];
                    y = s[1] + (s[3] - s[1]) * Math.min(ts[0], 1) + (ts[0] > 1 ? 14 : 0);
                }
                place(x, y, w);
                double px = x;
                double py = y;
                pending.add(() -> pill(g, v, text, px, py, c));
                return;
            }
        }
    }

    private boolean free(double x, double y, double w) {
        long band = (long) Math.floor(y / BAND);
        for (long b = band - 1; b <= band + 1; b++) { // boxes less than BAND apart in y sit in this band or the next
            long i = b - firstBand;
            if (i >= 0 && i < near.length) {
                double[] boxes = near[(int) i];
                for (int k = 0; k < 3 * nearCount[(int) i]; k += 3) {
                    if (meets(boxes[k], boxes[k + 1], boxes[k + 2], x, y, w)) {
                        return false;
                    }
                }
            } else {
                for (double[] r : far.getOrDefault(b, List.of())) {
                    if (meets(r[0], r[1], r[2], x, y, w)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean meets(double x0, double y0, double w0, double x, double y, double w) {
        return Math.abs(x0 - x) < (w0 + w) / 2 && Math.abs(y0 - y) < BAND;
    }

    /** A rounded label in colour {@code c} on the background colour. */
    public static void pill(Surface g, Viewport v, String text, double x, double y, Rgba c) {
        double w = width(text);
        g.setFill(v.palette().background());
        g.fillRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
        g.setStroke(c);
        g.setLineWidth(1);
        g.strokeRoundRect(x - w / 2, y - 8, w, 16, 8, 8);
        g.setFill(c);
        g.setFont(v.small());
        g.setTextAlign(TextAlign.CENTER);
        g.setTextBaseline(TextBaseline.CENTER);
        g.fillText(text, x, y);
    }
}
