package io.sockscope.model.internal;

import io.sockscope.model.event.Event;
import java.util.function.Supplier;

/**
 * A submitting thread running a blocking-mode call itself, in the place of its idle worker
 * (see {@link Threads#onWorkerOrHere}): no hand-off to the worker and back. Such a call must
 * not wait on this thread: when it would, {@link Blocking} emits {@code block} naming the
 * worker ({@link #worker}), in the same critical section as the try that found it must wait,
 * gives the rest of the call to {@link #handOver} and returns; the worker then waits, and
 * emits {@code wake} under its own name.
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
    /** True on a thread that must never run a call itself (a user interface's thread). */
    private boolean refused;
    private String worker;
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
        if (t.refused) {
            return null;
        }
        if (t.streak >= STREAK) {
            t.streak = 0;
            return null;
        }
        return t;
    }

    /**
     * Runs {@code call} on this thread in the place of worker {@code name}. Returns its outcome,
     * or null when the call has to wait: {@link #rest()} is then what the worker must run to
     * finish it.
     */
    Event run(String name, Supplier<Event> call) {
        rest = null;
        worker = name;
        try {
            Event e = call.get();
            streak = rest == null ? streak + 1 : 0;
            return e;
        } finally {
            worker = null;
        }
    }

    /** From now on the calling thread only hands its calls to the workers ({@link io.sockscope.model.engine.Engines#neverRunCallsOnThisThread}). */
    static void refuseHere() {
        MINE.get().refused = true;
    }

    /** What is left of the last call when it has to wait, else null. */
    Supplier<Event> rest() {
        return rest;
    }

    /**
     * The worker whose place the calling thread takes in a turn, or null when it runs no turn
     * (it is that worker, or the engine thread, and handles a wait itself).
     */
    static String worker() {
        return MINE.get().worker;
    }

    /** During a turn: {@code rest}, which finishes the call, is to run on the worker. */
    static void handOver(Supplier<Event> rest) {
        MINE.get().rest = rest;
    }
}
