package io.sockscope.app.diagram.layout;

import java.util.Arrays;

/**
 * Which row each event is drawn at, in 1.5 bits an event: one bit says whether the event has
 * a row of its own (every event but a queue sample does), and a running count every 64 events
 * turns that into a row number. An event's row is the number of rowed events up to it, less
 * one (a queue sample: the row before it).
 */
final class SeqRows {
    private long[] bits = new long[16];
    private int[] before = new int[16];
    private long count;

    /** The next event: with a row of its own or not. */
    void add(boolean rowed) {
        int w = (int) (count >>> 6);
        if (w == bits.length) {
            bits = Arrays.copyOf(bits, w * 2);
            before = Arrays.copyOf(before, w * 2);
        }
        if ((count & 63) == 0) {
            before[w] = w == 0 ? 0 : before[w - 1] + Long.bitCount(bits[w - 1]);
        }
        if (rowed) {
            bits[w] |= 1L << (count & 63);
        }
        count++;
    }

    /** Events added so far. */
    long count() {
        return count;
    }

    /** The row of event {@code i} (0-based), or -1 if unknown. */
    int rowOf(long i) {
        if (i < 0 || i >= count) {
            return -1;
        }
        int w = (int) (i >>> 6);
        long mask = (i & 63) == 63 ? -1L : (1L << ((i & 63) + 1)) - 1;
        return Math.max(0, before[w] + Long.bitCount(bits[w] & mask) - 1);
    }
}
