package io.sockscope.app.diagram.layout.text;

import java.util.Arrays;

/**
 * Places text boxes so that none intersects another or covers a mark. Marks and fixed texts are
 * reserved first; each label then takes the first of its candidate spots that is free, else the
 * nearest free spot up or down within reach (drawn with a leader line to its anchor), else none
 * (the caller merges it into a group label or leaves the shape to speak).
 *
 * <p>Boxes are kept in a grid of cells laid over the area the caller names (a window's frame, a
 * whole exported page): per cell a chain of the boxes that reach into it, all in a few int
 * arrays, so a page of tens of thousands of labels places them in about linear time with no
 * lookup by key and no object per cell or per tried spot. A box beyond the area goes into the cells along its edge,
 * which keeps every test exact (only slower for such boxes).
 */
public final class Placer {
    private static final double CELL = 64;
    /** Most cells a grid gets; a bigger area gets bigger cells (same results, fewer cells). */
    private static final long MAX_CELLS = 1 << 20;
    /** Up to this many boxes there is no grid: a placer holding a few boxes tests them one by one. */
    private static final int FEW = 32;

    private final double gap;
    private final double cell;
    private final int left;
    private final int top;
    private final int cols;
    private final int rows;
    /** Per cell: its last entry plus one (0: none); null until the placer holds more than {@link #FEW} boxes. */
    private int[] last;
    /** Entries of the cells' chains: the box, and the cell's entry before it plus one (0: none). */
    private int[] entryBox = new int[1024];
    private int[] entryNext = new int[1024];
    private int entries;
    /** Every box taken, four numbers each (x, y, w, h), in the order taken. */
    private double[] boxes = new double[256];
    private int count;
    /** A placer whose boxes count as taken here too (those before {@link #underLimit} and not {@link #underGone}), or null. */
    private Placer under;
    private int underLimit;
    private boolean[] underGone;

    /**
     * {@code gap}: the empty margin kept around every placed box; the grid is laid over the
     * content area from (x0, y0) to (x1, y1), where the boxes will mostly be.
     */
    public Placer(double gap, double x0, double y0, double x1, double y1) {
        this.gap = gap;
        double c = CELL;
        while ((Math.floor(x1 / c) - Math.floor(x0 / c) + 1) * (Math.floor(y1 / c) - Math.floor(y0 / c) + 1) > MAX_CELLS) {
            c *= 2;
        }
        this.cell = c;
        this.left = (int) Math.floor(x0 / c);
        this.top = (int) Math.floor(y0 / c);
        this.cols = Math.max(1, (int) Math.floor(x1 / c) - left + 1);
        this.rows = Math.max(1, (int) Math.floor(y1 / c) - top + 1);
    }

    /** Forgets every box taken (the grid and its arrays stay, for the next plan of the same area). */
    public void clear() {
        if (entries > 0) {
            Arrays.fill(last, 0);
        }
        count = 0;
        entries = 0;
    }

    /** How many boxes were taken: the next box taken gets this number. */
    int count() {
        return count;
    }

    /**
     * Counts the boxes of {@code below} as taken here too, except those numbered from
     * {@link #below(int)}'s limit on and those marked in {@code gone}; boxes taken here stay here.
     */
    void stackOn(Placer below, boolean[] gone) {
        this.under = below;
        this.underGone = gone;
        this.underLimit = 0;
    }

    /** Only the boxes the placer underneath took before its box number {@code limit} count. */
    void below(int limit) {
        this.underLimit = limit;
    }

    /** Where a label went: its box, and whether it sits away from its anchor on a leader line. */
    public record Placement(TextBox box, double anchorX, double anchorY, boolean leader) {
    }

    /** Takes {@code b} (a mark, a caption) whatever else is there. */
    public void reserve(TextBox b) {
        reserve(b.x(), b.y(), b.w(), b.h());
    }

    private void reserve(double x, double y, double w, double h) {
        int id = count++;
        if (boxes.length < 4 * count) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
        }
        boxes[4 * id] = x;
        boxes[4 * id + 1] = y;
        boxes[4 * id + 2] = w;
        boxes[4 * id + 3] = h;
        if (last != null) {
            enter(id);
        } else if (count > FEW) {
            last = new int[cols * rows];
            for (int i = 0; i < count; i++) {
                enter(i);
            }
        }
    }

    /** Puts box {@code id} into every cell its margin reaches. */
    private void enter(int id) {
        double x = boxes[4 * id];
        double y = boxes[4 * id + 1];
        double w = boxes[4 * id + 2];
        double h = boxes[4 * id + 3];
        int x0 = col(x - gap);
        int x1 = col(x + w + gap);
        int y0 = row(y - gap);
        int y1 = row(y + h + gap);
        for (int cy = y0; cy <= y1; cy++) {
            for (int cx = x0; cx <= x1; cx++) {
                add(cy * cols + cx, id);
            }
        }
    }

    private void add(int at, int id) {
        if (entries == entryBox.length) {
            entryBox = Arrays.copyOf(entryBox, entries * 2);
            entryNext = Arrays.copyOf(entryNext, entries * 2);
        }
        entryBox[entries] = id;
        entryNext[entries] = last[at];
        last[at] = ++entries;
    }

    /** True when {@code b}, with the margin, meets no box taken so far. */
    public boolean free(TextBox b) {
        return free(b.x(), b.y(), b.w(), b.h());
    }

    boolean free(double x, double y, double w, double h) {
        return free(x, y, w, h, Integer.MAX_VALUE, null) && (under == null || under.free(x, y, w, h, underLimit, underGone));
    }

    /** True when the box meets none of the boxes numbered below {@code limit} and not marked in {@code gone}. */
    private boolean free(double x, double y, double w, double h, int limit, boolean[] gone) {
        // the box with its margin, worked out as TextBox would (the same rounding)
        double px = x - gap;
        double py = y - gap;
        double pr = px + (w + 2 * gap);
        double pb = py + (h + 2 * gap);
        if (last == null) {
            for (int id = 0; id < count && id < limit; id++) {
                int o = 4 * id;
                if (boxes[o] < pr && px < boxes[o] + boxes[o + 2] && boxes[o + 1] < pb && py < boxes[o + 1] + boxes[o + 3]
                        && (gone == null || !gone[id])) {
                    return false;
                }
            }
            return true;
        }
        int x0 = col(x);
        int x1 = col(x + w);
        int y0 = row(y);
        int y1 = row(y + h);
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                for (int e = last[cy * cols + cx]; e != 0; e = entryNext[e - 1]) {
                    int id = entryBox[e - 1];
                    int o = 4 * id;
                    double ox = boxes[o];
                    double oy = boxes[o + 1];
                    if (ox < pr && px < ox + boxes[o + 2] && oy < pb && py < oy + boxes[o + 3]
                            && id < limit && (gone == null || !gone[id])) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Places a {@code w} by {@code h} label at the first free candidate centre ({x, y} pairs), else
     * at the nearest free spot straight below or above the first candidate within {@code reach}
     * pixels (a leader line joins it to (ax, ay)); null when nothing is free.
     */
    public Placement place(double w, double h, double[] candidates, double ax, double ay, double reach) {
        return place(w, h, candidates, candidates.length, ax, ay, reach);
    }

    /** {@link #place(double, double, double[], double, double, double)} with the first {@code n} numbers of {@code candidates}. */
    public Placement place(double w, double h, double[] candidates, int n, double ax, double ay, double reach) {
        for (int i = 0; i + 1 < n; i += 2) {
            double x = candidates[i] - w / 2;
            double y = candidates[i + 1] - h / 2;
            if (free(x, y, w, h)) {
                reserve(x, y, w, h);
                return new Placement(new TextBox(x, y, w, h), ax, ay, false);
            }
        }
        double x = candidates[0] - w / 2;
        double y = candidates[1] - h / 2;
        double step = h / 2;
        for (double d = step; d <= reach; d += step) {
            if (free(x, y + d, w, h)) {
                reserve(x, y + d, w, h);
                return new Placement(new TextBox(x, y + d, w, h), ax, ay, true);
            }
            if (free(x, y + -d, w, h)) {
                reserve(x, y + -d, w, h);
                return new Placement(new TextBox(x, y + -d, w, h), ax, ay, true);
            }
        }
        return null;
    }

    private int col(double v) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor(v / cell) - left));
    }

    private int row(double v) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor(v / cell) - top));
    }
}
