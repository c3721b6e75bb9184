package io.sockscope.app.transport;

import java.util.Arrays;

/**
 * Where the timeline puts its marks: event numbers of errors, accepts, selects and drops (lost
 * datagrams), each kind sorted. Built by whoever knows the session (the window, from its fold).
 */
public final class TimelineMarks {
    /** The kinds of mark, each drawn in its own colour and lane. */
    public enum Kind { ERROR, ACCEPT, SELECT, DROP }

    private final long[][] seqs = new long[Kind.values().length][];
    private final int[] counts = new int[Kind.values().length];

    public TimelineMarks() {
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = new long[16];
        }
    }

    public void add(Kind kind, long seq) {
        int k = kind.ordinal();
        if (counts[k] == seqs[k].length) {
            seqs[k] = Arrays.copyOf(seqs[k], counts[k] * 2);
        }
        seqs[k][counts[k]++] = seq;
    }

    /** Sorts each kind (marks may come out of order, e.g. a drop found later). */
    public TimelineMarks sorted() {
        for (int k = 0; k < seqs.length; k++) {
            Arrays.sort(seqs[k], 0, counts[k]);
        }
        return this;
    }

    public int count(Kind kind) {
        return counts[kind.ordinal()];
    }

    public long seq(Kind kind, int i) {
        java.util.Objects.checkIndex(i, counts[kind.ordinal()]);
        return seqs[kind.ordinal()][i];
    }
}
