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

    /** Places label {@code key} (see {@link Placer#place}). */
    Placer.Placement label(int key, double w, double h, double[] spots, int n, double ax, double ay, double reach) {
        if (round == 0) {
            box[key] = first.count();
            Placer.Placement p = first.place(w, h, spots, n, ax, ay, reach);
            placed[key] = p;
            return p;
        }
        Placer.Placement before = placed[key];
        if (reuse && !meetsChange(w, h, spots, n, reach)) {
            return before;
        }
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
     * True when any spot the placer may try for the label (its candidates, then up and down its
     * first candidate within reach, with a pixel to spare) meets a changed box.
     */
    private boolean meetsChange(double w, double h, double[] spots, int n, double reach) {
        if (changed.count() == 0) {
            return false;
        }
        for (int i = 0; i + 1 < n; i += 2) {
            if (!changed.free(spots[i] - w / 2, spots[i + 1] - h / 2, w, h)) {
                return true;
            }
        }
        return reach > 0 && !changed.free(spots[0] - w / 2, spots[1] - h / 2 - reach - 1, w, h + 2 * reach + 2);
    }
}
