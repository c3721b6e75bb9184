package io.sockscope.app.live;

/**
 * How many live events one frame shows, so that showing them (folding, listing) takes the FX
 * thread about {@value #TARGET_MS} ms at most: a frame that took longer cuts the next one's count
 * in proportion; a frame that showed its whole count in less lets the next show a quarter more;
 * always between {@value #MIN} and {@value #MAX}. A view that is behind then catches up in steps
 * that keep frames coming, instead of taking a fixed count whatever it costs on a busy machine.
 * Growing by steps rather than from the time per event keeps a batch's fixed cost (the list's
 * and the diagram's work whatever its size) from holding the count at its floor.
 */
final class PulseBudget {
    static final int MIN = 100;
    static final int MAX = 2000;
    static final long TARGET_MS = 50;

    private int cap = MAX;

    int cap() {
        return cap;
    }

    /** A frame showed {@code events} events in {@code nanos}. */
    void shown(int events, long nanos) {
        double ms = nanos / 1e6;
        if (ms > TARGET_MS) {
            cap = (int) Math.max(MIN, Math.min(cap, events * TARGET_MS / ms));
        } else if (events >= cap) {
            cap = Math.min(MAX, cap + Math.max(1, cap / 4));
        }
    }
}
