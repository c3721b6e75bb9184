package io.sockscope.app.diagram.layout.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places text boxes so that none intersects another or covers a mark. Marks and fixed texts are
 * reserved first; each label then takes the first of its candidate spots that is free, else the
 * nearest free spot up or down within reach (drawn with a leader line to its anchor), else none
 * (the caller merges it into a group label or leaves the shape to speak). Boxes are kept in a
 * grid of cells, so a frame with thousands of labels places them in about linear time.
 */
public final class Placer {
    private static final double CELL = 64;

    private final Map<Long, List<TextBox>> grid = new HashMap<>();
    private final List<TextBox> all = new ArrayList<>();
    private final double gap;

    /** {@code gap}: the empty margin kept around every placed box. */
    public Placer(double gap) {
        this.gap = gap;
    }

    /** Where a label went: its box, and whether it sits away from its anchor on a leader line. */
    public record Placement(TextBox box, double anchorX, double anchorY, boolean leader) {
    }

    /** Takes {@code b} (a mark, a caption) whatever else is there. */
    public void reserve(TextBox b) {
        all.add(b);
        int x0 = cell(b.x() - gap);
        int x1 = cell(b.right() + gap);
        int y0 = cell(b.y() - gap);
        int y1 = cell(b.bottom() + gap);
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                grid.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(b);
            }
        }
    }

    /** True when {@code b}, with the margin, meets no box taken so far. */
    public boolean free(TextBox b) {
        TextBox padded = new TextBox(b.x() - gap, b.y() - gap, b.w() + 2 * gap, b.h() + 2 * gap);
        for (int cx = cell(b.x()); cx <= cell(b.right()); cx++) {
            for (int cy = cell(b.y()); cy <= cell(b.bottom()); cy++) {
                List<TextBox> in = grid.get(key(cx, cy));
                if (in != null) {
                    for (TextBox o : in) {
                        if (o.intersects(padded)) {
                            return false;
                        }
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
        for (int i = 0; i + 1 < candidates.length; i += 2) {
            TextBox b = TextBox.centred(candidates[i], candidates[i + 1], w, h);
            if (free(b)) {
                reserve(b);
                return new Placement(b, ax, ay, false);
            }
        }
        TextBox first = TextBox.centred(candidates[0], candidates[1], w, h);
        double step = h / 2;
        for (double d = step; d <= reach; d += step) {
            for (double dy : new double[] {d, -d}) {
                TextBox b = first.moved(0, dy);
                if (free(b)) {
                    reserve(b);
                    return new Placement(b, ax, ay, true);
                }
            }
        }
        return null;
    }

    /** Every box taken, in the order taken. */
    public List<TextBox> taken() {
        return all;
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    /**
     * One long per cell, its bits mixed: {@code Long.hashCode} of the plain {@code x << 32 | y}
     * is {@code x ^ y}, so the cells of a tall diagram collide by the dozen in the map's buckets.
     * Multiplying by an odd constant is one to one, so keys stay distinct.
     */
    private static long key(int x, int y) {
        return (((long) x << 32) | (y & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }
}
