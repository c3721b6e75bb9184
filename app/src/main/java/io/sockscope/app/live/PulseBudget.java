package io.sockscope.app.live;

/**
 * How many live events one frame shows: as many as the FX thread folds and lists in about
 * {@value #TARGET_MS} ms, judged by the time the frames before took per event, between
 * {@value #MIN} and {@value #MAX}. A view that is behind then catches up in steps that keep frames
 * coming, instead of taking a fixed count whatever it costs on a busy machine.
 */
final class PulseBudget {
    static final int MIN = 100;
    static final int MAX = 2000;
    static final long TARGET_MS = 50;
    /** Weight of the newest frame in the running estimate. */
    private static final double NEWEST = 0.3;

    /** Nanoseconds per event shown, a running estimate; 0 until a frame has been timed. */
    private double nanosPerEvent;

    int cap() {
        if (nanosPerEvent == 0) {
            return MAX;
        }
        double fit = TARGET_MS * 1e6 / nanosPerEvent;
        return (int) Math.max(MIN, Math.min(MAX, fit));
    }

    /** A frame showed {@code events} events in {@code nanos}. */
    void shown(int events, long nanos) {
        double per = (double) nanos / events;
        nanosPerEvent = nanosPerEvent == 0 ? per : (1 - NEWEST) * nanosPerEvent + NEWEST * per;
    }
}
