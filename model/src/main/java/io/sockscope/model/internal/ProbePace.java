package io.sockscope.model.internal;

import java.util.concurrent.TimeUnit;

/**
 * When the queue probe samples next. Reading {@code /proc/net/tcp} walks the kernel's whole
 * connection hash table (about 2.5 ms here, however few sockets there are), so the probe
 * never spends more than a twentieth of the time reading: the delay is at least 20 times
 * the last read. While nothing happens (no call, no changed figure) it slows down, doubling
 * up to half a second, and returns to the configured interval at the next activity.
 */
final class ProbePace {
    static final int COST_FACTOR = 20;
    private static final long MAX_QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private final long baseNanos;
    private long readNanos;
    private int quiet;

    ProbePace(int intervalMs) {
        this.baseNanos = TimeUnit.MILLISECONDS.toNanos(intervalMs);
    }

    /** How long the last read of the tables took. */
    void readTook(long nanos) {
        readNanos = nanos;
    }

    /** Whether the last tick saw activity: a call on a sampled socket or a changed figure. */
    void activity(boolean seen) {
        quiet = seen ? 0 : Math.min(quiet + 1, 16);
    }

    /** Delay before the next tick. */
    long nextDelayNanos() {
        long busy = Math.max(baseNanos, COST_FACTOR * readNanos);
        long slowed = quiet == 0 ? busy : Math.min(MAX_QUIET_NANOS, busy << Math.min(quiet, 10));
        return Math.max(busy, slowed);
    }
}
