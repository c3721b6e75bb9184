package io.sockscope.app.present;

import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.List;

/**
 * The steps a presentation walks: the session's numbered captions, or, in a session without
 * any, its events one by one.
 */
final class Steps {
    private final SessionFold fold;
    private final List<Event> events;

    /** {@code fold}: the whole session's fold (its step captions). */
    Steps(SessionFold fold, List<Event> events) {
        this.fold = fold;
        this.events = events;
    }

    boolean captioned() {
        return fold.stepCount() > 0;
    }

    /** How many steps there are (events, without captions). */
    int count() {
        return captioned() ? fold.stepCount() : events.size();
    }

    /** The step (1-based) in force at event {@code k}; 0 before the first caption. */
    int at(long k) {
        if (!captioned()) {
            return (int) Math.min(k + 1, events.size());
        }
        return atOrBefore(fold.stepCount(), fold::stepSeq, k);
    }

    /** How many of {@code n} ascending seqs ({@code seqOf}) are ≤ {@code k} (binary search). */
    private static int atOrBefore(int n, java.util.function.IntToLongFunction seqOf, long k) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (seqOf.applyAsLong(mid) <= k) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first event of step {@code n} (1-based). */
    long start(int n) {
        return captioned() ? fold.stepSeq(n - 1) : n - 1;
    }

    /** The last event of step {@code n} (1-based): where the transport rests after stepping to it. */
    long end(int n) {
        if (!captioned()) {
            return n - 1;
        }
        return n < fold.stepCount() ? fold.stepSeq(n) - 1 : events.size() - 1;
    }

    /** The caption of step {@code n}, or null without captions. */
    Note caption(int n) {
        if (!captioned() || n < 1) {
            return null;
        }
        return events.get((int) fold.stepSeq(n - 1)) instanceof Note note ? note : null;
    }

    /**
     * The last question at or before event {@code at} in step {@code n} (in a session without
     * captions: the question at {@code at} itself), or null.
     */
    Note question(long at, int n) {
        int lo = atOrBefore(fold.questionCount(), fold::questionSeq, at);
        if (lo == 0) {
            return null;
        }
        long q = fold.questionSeq(lo - 1);
        long from = captioned() ? (n >= 1 ? start(n) : 0) : at - 1;
        return q >= from && events.get((int) q) instanceof Note note ? note : null;
    }

    /** Index of the last row at or before event {@code seq} of {@code shown}, or -1. */
    static int rowAtOrBefore(io.sockscope.app.diagram.layout.FoldView shown, long seq) {
        int lo = 0;
        int hi = shown.rowCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (shown.rows().get(mid).seq() <= seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
