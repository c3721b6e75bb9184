package io.sockscope.app.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays a view's columns out (fitted to a width, or with given lanes) and, for a live fold, lays
 * them out again after a batch at the cost of the batch's new lifelines alone when each of them
 * joins a lane already drawn, at its end: then no column moves, the width stays, and the fit
 * collapses the same families at the same zoom. The result is always the layout a full pass
 * gives ({@link Fit#of} and {@link ColumnLayout}); anything else takes the full pass.
 *
 * <p>Why the fit stays: every new lifeline is in a collapsed family, so the collapsed families
 * only grow and stay ahead of the others in the fit's order; their order among themselves is
 * checked. The fit stopped at the first readable set in that order; the sets before it now
 * have as many columns or more (a lifeline added where its family is not collapsed adds a
 * column and never fewer group gaps), so they stay unreadable, and the set it stopped at has
 * its width unchanged (a lane's new member is not its first).
 */
public final class GrowingColumns {
    /** A layout, the families drawn as lanes and the zoom that fits (NaN when not fitted). */
    public record Layout(ColumnLayout cols, Set<String> collapsed, double zoom) {
    }

    /**
     * A lane drawn: its column, first and last member, count, first row, members open, and the
     * last row of those closed.
     */
    private record Lane(int column, Lifeline first, Lifeline last, int members, int born, int open, int end) {
        /** The lane's lifeline. */
        Lifeline line(String family) {
            return Lanes.lane(family, first, last, members, born, open == 0 ? end : -1);
        }
    }

    /** What the last layout was made of; the fold is null when it cannot grow. */
    private SessionFold fold;
    /** The fold's lifelines born, and closed, when last laid out. */
    private int laid;
    private int closed;
    private double width;
    private Set<String> opened = Set.of();
    private Layout last;
    /** The collapsed families in the fit's order, and the same in column order. */
    private List<String> collapseOrder = List.of();
    private List<String> columnOrder = List.of();
    private Map<String, Lane> lanes = Map.of();
    /** The group whose lifelines go at the end of the columns. */
    private String lastGroup;
    private int grown;
    /** The least zoom the fit accepts before it collapses another family. */
    private final double readable;

    /** Columns fitted as the window fits them: families collapse below {@link Fit#READABLE}. */
    public GrowingColumns() {
        this(Fit.READABLE);
    }

    /** Columns whose fit collapses families until the zoom is at least {@code readable}. */
    public GrowingColumns(double readable) {
        this.readable = readable;
    }

    /**
     * The columns of {@code shown}: fitted into {@code width} pixels keeping {@code opened}
     * families open when {@code width} is positive, else with the families in {@code collapsed}
     * drawn as lanes.
     */
    public Layout layout(FoldView shown, double width, Set<String> opened, Set<String> collapsed) {
        Layout l = grow(shown, width, opened, collapsed);
        if (l != null) {
            grown++;
            return l;
        }
        return full(shown, width, opened, collapsed);
    }

    /** How many layouts grew the one before instead of laying out again (tests). */
    int grownCount() {
        return grown;
    }

    private Layout full(FoldView shown, double width, Set<String> opened, Set<String> collapsed) {
        List<Lifeline> lines = shown.columns();
        Fit fit = width > 0 ? Fit.of(lines, width, opened, readable) : null;
        Set<String> lanesOf = fit != null ? fit.collapsed() : Set.copyOf(collapsed);
        last = new Layout(new ColumnLayout(lines, lanesOf), lanesOf, fit != null ? fit.zoom() : Double.NaN);
        fold = shown instanceof SessionFold f && f.births.size() == f.lifelines.size() ? f : null;
        if (fold != null) {
            remember(lines, width, opened);
        }
        return last;
    }

    /** Notes what the next batch may grow: the lanes, the fit's order, the last group. */
    private void remember(List<Lifeline> lines, double width, Set<String> opened) {
        laid = fold.births.size();
        closed = fold.closings.size();
        this.width = width;
        this.opened = Set.copyOf(opened);
        Map<String, List<Lifeline>> families = Lanes.families(lines);
        lanes = new HashMap<>();
        List<String> inColumns = new ArrayList<>();
        for (Map.Entry<String, List<Lifeline>> e : families.entrySet()) {
            if (!last.collapsed().contains(e.getKey())) {
                continue;
            }
            inColumns.add(e.getKey());
            List<Lifeline> members = e.getValue();
            int born = Integer.MAX_VALUE;
            int open = 0;
            int end = -1;
            for (Lifeline m : members) {
                born = Math.min(born, m.firstRow());
                open += m.closed() ? 0 : 1;
                end = Math.max(end, m.lastRow());
            }
            lanes.put(e.getKey(), new Lane(last.cols().indexOf(members.get(0).socket()), members.get(0),
                    members.get(members.size() - 1), members.size(), born, open, end));
        }
        columnOrder = List.copyOf(inColumns);
        collapseOrder = width > 0 ? Fit.order(columnOrder, this.opened, f -> lanes.get(f).members()) : columnOrder;
        lastGroup = null;
        if (!lines.isEmpty()) {
            Lifeline root = lines.get(lines.size() - 1);
            while (root.parent() != null && fold.lifeline(root.parent()) != null) {
                root = fold.lifeline(root.parent());
            }
            lastGroup = root.group();
        }
    }

    /** The layout grown by the new lifelines, or null when they do not all join lanes at their ends. */
    private Layout grow(FoldView shown, double width, Set<String> opened, Set<String> collapsed) {
        if (fold == null || shown != fold || fold.births.size() != fold.lifelines.size()
                || (width > 0) != (this.width > 0) || (width > 0 && width != this.width) || !opened.equals(this.opened)
                || (width <= 0 && !collapsed.equals(last.collapsed()))) {
            return null;
        }
        List<Lifeline> fresh = fold.births.subList(laid, fold.births.size());
        Map<String, List<Lifeline>> joining = new LinkedHashMap<>();
        for (Lifeline l : fresh) {
            String family = l.laneFamily();
            // an accepted socket goes after its server's earlier children (a server is there before
            // its children, so a lane of them is one of children); another one after every column
            boolean atEnd = l.parent() != null && fold.lifeline(l.parent()) != null || l.group().equals(lastGroup);
            if (!lanes.containsKey(family) || !atEnd) {
                return null;
            }
            joining.computeIfAbsent(family, k -> new ArrayList<>()).add(l);
        }
        if (width > 0 && !fitsAlike(Fit.order(columnOrder, opened, f -> members(f, joining)), width, joining)) {
            return null;
        }
        Map<String, Lane> now = new HashMap<>(lanes);
        Set<String> changed = new HashSet<>(joining.keySet());
        for (Lifeline l : fresh) { // each one the last of its lane so far
            Lane lane = now.get(l.laneFamily());
            now.put(l.laneFamily(), new Lane(lane.column(), lane.first(), l, lane.members() + 1,
                    Math.min(lane.born(), l.firstRow()), lane.open() + 1, lane.end()));
        }
        for (Lifeline l : fold.closings.subList(closed, fold.closings.size())) {
            Lane lane = now.get(l.laneFamily());
            if (lane != null) {
                now.put(l.laneFamily(), new Lane(lane.column(), lane.first(), lane.last(), lane.members(), lane.born(),
                        lane.open() - 1, Math.max(lane.end(), l.lastRow())));
                if (lane.open() == 1) { // its last open member closed: the lane ends
                    changed.add(l.laneFamily());
                }
            }
        }
        Map<Integer, Lifeline> renamed = new HashMap<>();
        for (String family : changed) {
            renamed.put(now.get(family).column(), now.get(family).line(family));
        }
        Map<String, Integer> joined = new HashMap<>();
        for (Lifeline l : fresh) {
            joined.put(l.socket(), now.get(l.laneFamily()).column());
        }
        lanes = now;
        laid = fold.births.size();
        closed = fold.closings.size();
        last = new Layout(last.cols().grown(renamed, joined), last.collapsed(), last.zoom());
        return last;
    }

    /**
     * True when the fit, collapsing in {@code order} now, still collapses every family it did: in
     * the same order, or in another one whose every shorter start leaves the view too narrow to
     * read even without group gaps (each lane saves its members but one a column).
     */
    private boolean fitsAlike(List<String> order, double width, Map<String, List<Lifeline>> joining) {
        if (order.equals(collapseOrder)) {
            return true;
        }
        int columns = fold.lifelines.size();
        for (int j = 0; j < order.size() - 1; j++) {
            columns -= members(order.get(j), joining) - 1;
            double least = ColumnLayout.GUTTER + columns * ColumnLayout.COLUMN + ColumnLayout.GUTTER / 2;
            if (Fit.zoomFor(least, width) >= readable) {
                return false;
            }
        }
        return true;
    }

    private int members(String family, Map<String, List<Lifeline>> joining) {
        return lanes.get(family).members() + joining.getOrDefault(family, List.of()).size();
    }
}
