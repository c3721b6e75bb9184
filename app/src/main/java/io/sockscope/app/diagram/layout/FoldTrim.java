package io.sockscope.app.diagram.layout;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Lets a fold's drawing records go outside the rows it keeps, {@code [first, last]}: records
 * wholly before {@code first} (an arrow read before it, a call woken before it) and records
 * starting after {@code last}. What later events need (lifelines, heads, kernel states, the
 * matchers' unread bytes, open calls) stays: a record that crosses the kept rows is kept whole.
 */
final class FoldTrim {
    private FoldTrim() {
    }

    /**
     * {@code samples}: false when no queue sample can have come since the last trim at a row
     * it would let go of (the fold keeps none after a region's rows), so the histories are not walked.
     */
    static void trim(SessionFold f, int first, int last, boolean samples) {
        int after = last == Integer.MAX_VALUE ? last : last + 1; // a bounded fold keeps every row from first on
        f.arrows.removeIf(a -> a.toRow() < first || a.fromRow() > last);
        f.lost.removeIf(a -> a.toRow() < first || a.fromRow() > last);
        f.settled.removeIf(a -> a.fromRow() > last || closedBefore(f.lifeline(a.toSocket()), first)); // drawn down to the close
        f.lostAtEnd.removeIf(a -> a.toRow() < first || a.fromRow() > last);
        f.signals.removeIf(s -> s.toRow() < first || s.fromRow() > last);
        f.activations.removeIf(a -> (!a.open() && a.toRow() < first) || a.fromRow() > last);
        byRow(f.marks, Mark::row, first, after);
        byRow(f.creations, CreationArrow::row, first, after);
        byRow(f.badges, Badge::row, first, after);
        if (!samples) {
            return;
        }
        for (SocketHistory h : f.histories.values()) {
            int keep = Rows.lastAtOrBefore(h.queues, QueueSample::row, first - 1); // the sample still shown at first
            if (keep > 0) {
                h.queues.subList(0, keep).clear();
            }
            h.queues.subList(Rows.firstAtOrAfter(h.queues, QueueSample::row, after), h.queues.size()).clear();
        }
    }

    private static boolean closedBefore(Lifeline l, int row) {
        return l != null && l.closed() && l.lastRow() < row;
    }

    /** Keeps the items of a row-sorted list with rows in {@code [first, after)}. */
    private static <T> void byRow(List<T> items, ToIntFunction<T> rowOf, int first, int after) {
        items.subList(Rows.firstAtOrAfter(items, rowOf, after), items.size()).clear();
        items.subList(0, Rows.firstAtOrAfter(items, rowOf, first)).clear();
    }
}
