package io.sockscope.app.diagram.surface;

import java.util.Arrays;

/** An open or closed polyline built point by point ({@link #moveTo}, {@link #lineTo}), for stroking or filling. */
public final class Path {
    private double[] xs = new double[8];
    private double[] ys = new double[8];
    private boolean[] starts = new boolean[8];
    private int size;
    private boolean closed;

    /** Starts a new sub-path at (x, y). */
    public Path moveTo(double x, double y) {
        return add(x, y, true);
    }

    /** A straight line from the last point to (x, y). */
    public Path lineTo(double x, double y) {
        return add(x, y, size == 0);
    }

    /** Joins the last point back to the first. */
    public Path close() {
        closed = true;
        return this;
    }

    public int size() {
        return size;
    }

    public double x(int i) {
        return xs[i];
    }

    public double y(int i) {
        return ys[i];
    }

    /** True when point {@code i} starts a sub-path (a move, not a line). */
    public boolean startsAt(int i) {
        return starts[i];
    }

    public boolean closed() {
        return closed;
    }

    private Path add(double x, double y, boolean start) {
        if (size == xs.length) {
            xs = Arrays.copyOf(xs, size * 2);
            ys = Arrays.copyOf(ys, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
        }
        xs[size] = x;
        ys[size] = y;
        starts[size] = start;
        size++;
        return this;
    }
}
