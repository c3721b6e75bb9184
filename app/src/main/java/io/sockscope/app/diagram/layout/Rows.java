package io.sockscope.app.diagram.layout;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary searches over lists sorted by row. */
public final class Rows {
    private Rows() {
    }

    /** Index of the first item whose row is at least {@code row} (size if none). */
    public static <T> int firstAtOrAfter(List<T> items, ToIntFunction<T> rowOf, int row) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (rowOf.applyAsInt(items.get(mid)) < row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last item whose row is at most {@code row} (-1 if none). */
    public static <T> int lastAtOrBefore(List<T> items, ToIntFunction<T> rowOf, int row) {
        return firstAtOrAfter(items, rowOf, row + 1) - 1;
    }

    /** The items with rows in {@code [from, to]}, as a view. */
    public static <T> List<T> between(List<T> items, ToIntFunction<T> rowOf, int from, int to) {
        int a = firstAtOrAfter(items, rowOf, from);
        int b = firstAtOrAfter(items, rowOf, to + 1);
        return items.subList(a, Math.max(a, b));
    }
}
