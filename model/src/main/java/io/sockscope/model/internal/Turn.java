package io.sockscope.model.internal;

import io.sockscope.model.event.Event;
import java.util.function.Supplier;

/**
 * A submitting thread running a blocking-mode call itself, in the place of its idle worker
 * (see {@link Threads#onWorkerOrHere}): no hand-off to the worker and back. Such a call must
 * not wait on this thread: when it would, {@link Blocking} gives the rest of the call to
 * {@link #handOver} and returns; the worker then runs it, so {@code block} and {@code wake}
 * still come from the worker and name it.
 *
 * <p>A future completed this way is already done when the caller gets it, so a callback it
 * attaches runs at once on the caller's thread, and a callback that submits the next call
 * would nest one stack frame deeper per call. After {@value #STREAK} calls in a row run by a
 * thread itself, its next call goes to the worker, which ends any such nesting.
 */
final class Turn {
    /** Calls in a row a thread may run itself. */
    static final int STREAK = 32;
    private static final ThreadLocal<Turn> MINE = ThreadLocal.withInitial(Turn::new);
    private int streak;
    private boolean running;
    private Supplier<Event> rest;

    private Turn() {
    }

    /**
     * The calling thread's turn, or null when it may not run a call itself: it is an engine
     * worker (a worker runs only its own calls), or it ran {@value #STREAK} calls in a row.
     */
    static Turn mine() {
        if (Thread.currentThread() instanceof Lane.Worker) {
            return null;
        }
        Turn t = MINE.get();
        if (t.streak >= STREAK) {
            t.streak = 0;
            return null;
        }
        return t;
    }

    /**
     * Runs {@code call} on this thread. Returns its outcome, or null when the call has to wait:
     * {@link #rest()} is then what the worker must run to finish it.
     */
    Event run(Supplier<Event> call) {
        rest = null;
        running = true;
        try {
            Event e = call.get();
            streak = rest == null ? streak + 1 : 0;
            return e;
        } finally {
            running = false;
        }
    }

    /** What is left of the last call when it has to wait, else null. */
    Supplier<Event> rest() {
        return rest;
    }

    /**
     * Called by a call that has to wait: true when the calling thread runs it in its worker's
     * place, and {@code rest} (which finishes the call) is to run on the worker; false when the
     * thread is the worker (or the engine thread) and handles the wait itself.
     */
    static boolean handOver(Supplier<Event> rest) {
        Turn t = MINE.get();
        if (!t.running) {
            return false;
        }
        t.rest = rest;
        return true;
    }
}
