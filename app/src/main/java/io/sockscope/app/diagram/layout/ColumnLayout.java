package io.sockscope.app.diagram.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Horizontal positions of lifelines (pixels at zoom 1): fixed-width columns, a gap between owner groups. */
public final class ColumnLayout {
    /** Width of the left gutter (row numbers and times). */
    public static final double GUTTER = 76;
    /** Width of one lifeline's column. */
    public static final double COLUMN = 230;
    /** Extra space between owner groups. */
    public static final double GROUP_GAP = 28;

    private final List<Lifeline> columns;
    private final double[] centre;
    private final Map<String, Integer> index = new HashMap<>();
    private final double width;

    public ColumnLayout(List<Lifeline> columns) {
        this.columns = List.copyOf(columns);
        this.centre = new double[columns.size()];
        double x = GUTTER;
        String group = null;
        for (int i = 0; i < columns.size(); i++) {
            Lifeline l = columns.get(i);
            if (group != null && !group.equals(l.group())) {
                x += GROUP_GAP;
            }
            group = l.group();
            centre[i] = x + COLUMN / 2;
            x += COLUMN;
            index.put(l.socket(), i);
        }
        width = x + GUTTER / 2;
    }

    public List<Lifeline> columns() {
        return columns;
    }

    /** Centre x of the socket's lifeline, or NaN if it has none. */
    public double x(String socket) {
        Integer i = socket == null ? null : index.get(socket);
        return i == null ? Double.NaN : centre[i];
    }

    public double x(int column) {
        return centre[column];
    }

    /** Left edge of a column (its right edge is {@link #COLUMN} further). */
    public double left(int column) {
        return centre[column] - COLUMN / 2;
    }

    /** Column index of a socket, or -1. */
    public int indexOf(String socket) {
        Integer i = socket == null ? null : index.get(socket);
        return i == null ? -1 : i;
    }

    /** Column whose centre is nearest to {@code x}, or -1 with no columns. */
    public int columnAt(double x) {
        int best = -1;
        double d = Double.MAX_VALUE;
        for (int i = 0; i < centre.length; i++) {
            double di = Math.abs(centre[i] - x);
            if (di < d) {
                d = di;
                best = i;
            }
        }
        return best;
    }

    /** Total width of all columns. */
    public double width() {
        return width;
    }
}
