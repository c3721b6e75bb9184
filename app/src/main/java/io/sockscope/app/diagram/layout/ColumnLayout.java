package io.sockscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Horizontal positions of lifelines (pixels at zoom 1): fixed-width columns, a gap between owner
 * groups. Families of lifelines (see {@link Lanes}) named in {@code collapsed} share one lane: one
 * column that stands for all of them, to which their sockets' x positions lead.
 */
public final class ColumnLayout {
    /** Width of the left gutter (row numbers and times). */
    public static final double GUTTER = 76;
    /** Width of one lifeline's column. */
    public static final double COLUMN = 230;
    /** Extra space between owner groups. */
    public static final double GROUP_GAP = 28;

    private final List<Lifeline> columns;
    private final double[] centre;
    /** Column of each socket and lane; handed on to the layout {@link #grown} from this one. */
    private Map<String, Integer> index;
    private final Map<String, String> laneFamily;
    private final double width;

    public ColumnLayout(List<Lifeline> lifelines) {
        this(lifelines, Set.of());
    }

    /** Columns for {@code lifelines} with the families in {@code collapsed} each in one lane. */
    public ColumnLayout(List<Lifeline> lifelines, Set<String> collapsed) {
        Map<String, List<Lifeline>> families = Lanes.families(lifelines, collapsed);
        index = new HashMap<>(lifelines.size() * 4 / 3 + 16);
        laneFamily = new HashMap<>();
        List<Lifeline> shown = new ArrayList<>();
        Map<String, Integer> laneColumn = new HashMap<>();
        for (Lifeline l : lifelines) {
            String fam = Lanes.family(l);
            List<Lifeline> members = families.get(fam);
            if (members == null) {
                index.put(l.socket(), shown.size());
                shown.add(l);
                continue;
            }
            Integer at = laneColumn.get(fam);
            if (at == null) {
                at = shown.size();
                laneColumn.put(fam, at);
                Lifeline lane = Lanes.lane(fam, members);
                shown.add(lane);
                index.put(lane.socket(), at);
                laneFamily.put(lane.socket(), fam);
            }
            index.put(l.socket(), at);
        }
        this.columns = List.copyOf(shown);
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
        }
        width = x + GUTTER / 2;
    }

    private ColumnLayout(List<Lifeline> columns, double[] centre, Map<String, Integer> index,
            Map<String, String> laneFamily, double width) {
        this.columns = columns;
        this.centre = centre;
        this.index = index;
        this.laneFamily = laneFamily;
        this.width = width;
    }

    /**
     * This layout with more sockets in lanes it has, without laying out again (see
     * {@link GrowingColumns}): {@code lanes} replaces the lane at each of its columns (a lane is
     * named by its members), {@code joined} gives each new socket its lane's column. Every column
     * keeps its place. This layout hands its index on and may not be read afterwards.
     */
    ColumnLayout grown(Map<Integer, Lifeline> lanes, Map<String, Integer> joined) {
        Map<String, Integer> moved = index();
        index = null;
        List<Lifeline> cols = new ArrayList<>(columns);
        Map<String, String> families = new HashMap<>(laneFamily);
        lanes.forEach((column, lane) -> {
            String was = cols.set(column, lane).socket();
            moved.remove(was);
            moved.put(lane.socket(), column);
            families.put(lane.socket(), families.remove(was));
        });
        moved.putAll(joined);
        return new ColumnLayout(List.copyOf(cols), centre, moved, families, width);
    }

    private Map<String, Integer> index() {
        if (index == null) {
            throw new IllegalStateException("this layout was grown into a newer one");
        }
        return index;
    }

    /**
     * The {@link #width()} of the layout of {@code lifelines} with {@code collapsed} in lanes,
     * without building it: fitting to the width tries several sets of lanes on every live batch.
     */
    public static double width(List<Lifeline> lifelines, Set<String> collapsed) {
        Map<String, Integer> members = new HashMap<>();
        for (Lifeline l : lifelines) {
            if (collapsed.contains(Lanes.family(l))) {
                members.merge(Lanes.family(l), 1, Integer::sum);
            }
        }
        Set<String> laid = new java.util.HashSet<>();
        double x = GUTTER;
        String group = null;
        for (Lifeline l : lifelines) {
            String fam = Lanes.family(l);
            String g = l.group();
            if (members.getOrDefault(fam, 0) > 1) {
                if (!laid.add(fam)) {
                    continue;
                }
                g = Lanes.laneOwner(l); // a lane is grouped by its owner
            }
            if (group != null && !group.equals(g)) {
                x += GROUP_GAP;
            }
            group = g;
            x += COLUMN;
        }
        return x + GUTTER / 2;
    }

    /** The columns drawn: lifelines, and a lane lifeline for each collapsed family. */
    public List<Lifeline> columns() {
        return columns;
    }

    /** The family a lane column stands for, or null when {@code socket} is not a lane. */
    public String laneFamily(String socket) {
        return socket == null ? null : laneFamily.get(socket);
    }

    /** Centre x of the socket's lifeline (its lane's when collapsed), or NaN if it has none. */
    public double x(String socket) {
        Integer i = socket == null ? null : index().get(socket);
        return i == null ? Double.NaN : centre[i];
    }

    public double x(int column) {
        return centre[column];
    }

    /** Left edge of a column (its right edge is {@link #COLUMN} further). */
    public double left(int column) {
        return centre[column] - COLUMN / 2;
    }

    /** Column index of a socket (its lane's when collapsed), or -1. */
    public int indexOf(String socket) {
        Integer i = socket == null ? null : index().get(socket);
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
