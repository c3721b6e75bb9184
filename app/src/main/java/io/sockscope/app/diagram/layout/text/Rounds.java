package io.sockscope.app.diagram.layout.text;

import java.util.Arrays;

/**
 * Label placement over a plan's rounds. The first round places every label on one grid and
 * keeps where each went. A later round (made again because crowded calls merged into group
 * labels, which are placed before the calls) places again only the labels whose spots meet a box
 * that changed: a group label, a box a label took in one round and not the other, a box of a call
 * now in a group. Every other label goes where it went in the first round, which is where placing
 * it again would put it: a label's place depends only on the boxes its spots meet, and those are
 * the first round's.
 *
 * <p>Labels are known by a key fixed for the plan (a call by its row, an arrow by its number), so
 * a later round, which leaves out the calls in groups, still finds each label's first place.
 */
final class Rounds {
    private final Placer first;
    private final double[] area;
    /** Per key: where the first round put the label, null when it found no room or was not tried. */
    private final Placer.Placement[] placed;
    /** Per key: the number the label's box got in the first round's placer, -1 when not tried. */
    private final int[] box;
    /** Per key: the box around every spot the first round may have tried for it (x0, y0, x1, y1). */
    private final double[] around;
    private final boolean reuse;
    private int round;
    /** Boxes the first round took after the marks and captions: the labels' and nothing else. */
    private int fixedEnd;
    /** This round's group labels and the labels that moved, over the first round's boxes still kept. */
    private Placer now;
    /** Every box that differs from the first round so far: labels meeting none go where they went then. */
    private Placer changed;
    /** The first round's boxes this round no longer has. */
    private boolean[] gone;

    /**
     * {@code keys} labels at most; the grid laid over (x0, y0)–(x1, y1); {@code reuse} false places
     * every label again in every round (what the reuse must equal; tests compare the two).
     */
    Rounds(int keys, double x0, double y0, double x1, double y1, boolean reuse) {
        this.first = new Placer(2, x0, y0, x1, y1);
        this.area = new double[] {x0, y0, x1, y1};
        this.placed = new Placer.Placement[keys];
        this.box = new int[keys];
        Arrays.fill(box, -1);
        this.around = new double[4 * keys];
        this.reuse = reuse;
    }

    /** Starts round {@code r} (0 first). */
    void begin(int r) {
        round = r;
        if (r == 0) {
            return;
        }
        if (now == null) {
            now = new Placer(2, area[0], area[1], area[2], area[3]);
            changed = new Placer(2, area[0], area[1], area[2], area[3]);
            gone = new boolean[first.count()];
        } else {
            now.clear();
            changed.clear();
            Arrays.fill(gone, false);
        }
        now.stackOn(first, gone);
    }

    /** Takes a mark's or a caption's box; they are the same in every round. */
    void fixed(TextBox b) {
        if (round == 0) {
            first.reserve(b);
        }
    }

    /** The marks and captions are all taken. */
    void fixedDone() {
        if (round == 0) {
            fixedEnd = first.count();
        }
    }

    /** Places a group label (a later round's only), before every label of the round. */
    Placer.Placement group(double w, double h, double[] spots, double ax, double ay, double reach) {
        now.below(fixedEnd);
        Placer.Placement p = now.place(w, h, spots, ax, ay, reach);
        if (p != null) {
            changed.reserve(p.box());
        }
        return p;
    }

    /**
     * True when label {@code key} goes where the first round put it ({@link #before}): this is a
     * later round and no box changed near any spot the label may take.
     */
    boolean same(int key) {
        if (round == 0 || !reuse || box[key] < 0) {
            return false;
        }
        int o = 4 * key;
        return changed.count() == 0 || changed.free(around[o], around[o + 1], around[o + 2] - around[o], around[o + 3] - around[o + 1]);
    }

    /** Where the first round put label {@code key}; null when it found no room. */
    Placer.Placement before(int key) {
        return placed[key];
    }

    /** Places label {@code key} (see {@link Placer#place}). */
    Placer.Placement label(int key, double w, double h, double[] spots, int n, double ax, double ay, double reach) {
        if (round == 0) {
            box[key] = first.count();
            Placer.Placement p = first.place(w, h, spots, n, ax, ay, reach);
            placed[key] = p;
            around(key, w, h, spots, n, reach);
            return p;
        }
        Placer.Placement before = placed[key];
        now.below(box[key]);
        Placer.Placement p = now.place(w, h, spots, n, ax, ay, reach);
        if (!java.util.Objects.equals(p, before)) {
            drop(key);
            if (p != null) {
                changed.reserve(p.box());
            }
        }
        return p;
    }

    /** Label {@code key} is left out this round (its call is in a group label). */
    void skip(int key) {
        if (round > 0) {
            drop(key);
        }
    }

    private void drop(int key) {
        Placer.Placement before = placed[key];
        if (before != null && !gone[box[key]]) {
            gone[box[key]] = true;
            changed.reserve(before.box());
        }
    }

    /**
     * Keeps the box around every spot the placer may try for label {@code key}: its candidates,
     * then up and down its first candidate within {@code within}, with a pixel to spare.
     */
    private void around(int key, double w, double h, double[] spots, int n, double within) {
        double x0 = spots[0] - w / 2;
        double y0 = spots[1] - h / 2 - within;
        double x1 = x0 + w;
        double y1 = spots[1] - h / 2 + h + within;
        for (int i = 2; i + 1 < n; i += 2) {
            x0 = Math.min(x0, spots[i] - w / 2);
            y0 = Math.min(y0, spots[i + 1] - h / 2);
            x1 = Math.max(x1, spots[i] - w / 2 + w);
            y1 = Math.max(y1, spots[i + 1] - h / 2 + h);
        }
        int o = 4 * key;
        around[o] = x0 - 1;
        around[o + 1] = y0 - 1;
        around[o + 2] = x1 + 1;
        around[o + 3] = y1 + 1;
    }
}
