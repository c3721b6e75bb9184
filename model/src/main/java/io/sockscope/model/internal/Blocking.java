package io.sockscope.model.internal;

import io.sockscope.model.source.Stamp;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Wake;
import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * Runs one call the way a blocking socket would, on a kernel descriptor that stays
 * non-blocking: try the call; if it would wait, report {@code block}, wait for readiness in
 * the worker's private selector, try again; report {@code wake} before the outcome. Closing
 * the socket wakes the selector and the call ends with {@code CLOSED}; SO_RCVTIMEO bounds the
 * wait ({@code TIMED_OUT}). A call tried first on the submitting thread ({@link Turn}) never
 * waits there: its {@code block}, emitted right after the try that found it must wait, names
 * the worker, which then waits, tries again and emits {@code wake}.
 */
final class Blocking {
    /** One try, under the engine lock: the outcome to report, or null when the call would wait. */
    @FunctionalInterface
    interface Attempt {
        Stamp once() throws Exception;
    }

    private final Core core;

    Blocking(Core core) {
        this.core = core;
    }

    /**
     * Runs the call to its outcome; or, on a caller's own thread ({@link Turn}) when the call
     * would wait, emits {@code block} for the worker and returns null once it gave what is left
     * of the call to the worker.
     */
    Event run(Sock s, String call, int op, Attempt attempt) {
        return run(s, call, op, attempt, false, 0);
    }

    /** The call; when {@code alreadyBlocked}, its {@code block} was emitted and its wait ends at {@code until} (0: never). */
    private Event run(Sock s, String call, int op, Attempt attempt, boolean alreadyBlocked, long until) {
        String thread = Thread.currentThread().getName();
        boolean blocked = alreadyBlocked;
        long deadline = until;
        while (true) {
            Selector sel;
            SelectionKey key;
            core.lock.lock();
            try {
                if (s.closed) {
                    return finish(s, call, blocked, thread, Core.failure(s.id, call, ErrorKind.CLOSED,
                            blocked ? "cut short: socket closed" : "socket " + s.id + " is closed"));
                }
                s.touched = true;
                Stamp out;
                try {
                    out = attempt.once();
                } catch (Exception e) {
                    out = Core.failure(s.id, call, e);
                }
                if (out != null) {
                    return finish(s, call, blocked, thread, out);
                }
                if (core.threads.isEngineThread()) {
                    // only if a mode change failed after the call was routed: never wait on the engine thread
                    return finish(s, call, blocked, thread, Core.failure(s.id, call, ErrorKind.WOULD_BLOCK,
                            "would block, and blocking calls may not wait on the engine thread"));
                }
                String worker = Turn.worker();
                if (!blocked && worker != null) {
                    // tried on the caller's own thread: the worker waits, so the block names it
                    long waitUntil = deadline(s);
                    core.hub.emit((seq, t) -> new Block(seq, t, s.id, call, worker));
                    Turn.handOver(() -> run(s, call, op, attempt, true, waitUntil));
                    return null;
                }
                if (Thread.currentThread().isInterrupted()) {
                    return finish(s, call, blocked, thread, Core.failure(s.id, call, ErrorKind.CLOSED,
                            "cut short: engine closing"));
                }
                if (!blocked) {
                    blocked = true;
                    deadline = deadline(s);
                    core.hub.emit((seq, t) -> new Block(seq, t, s.id, call, thread));
                } else if (deadline != 0 && System.nanoTime() - deadline >= 0) {
                    return finish(s, call, true, thread, Core.failure(s.id, call, ErrorKind.TIMED_OUT,
                            "timed out after " + s.timeoutMs + " ms (SO_RCVTIMEO)"));
                }
                try {
                    sel = core.waiters.current();
                    key = s.selectable().register(sel, op);
                } catch (IOException | RuntimeException e) {
                    return finish(s, call, true, thread, Core.failure(s.id, call, e));
                }
                s.waiter = sel;
            } finally {
                core.lock.unlock();
            }
            long waitMs = deadline == 0 ? 0 : Math.max(1, (deadline - System.nanoTime() + 999_999) / 1_000_000);
            try {
                sel.select(waitMs);
            } catch (IOException | RuntimeException e) {
                core.lock.lock();
                try {
                    return finish(s, call, true, thread, Core.failure(s.id, call, e));
                } finally {
                    core.lock.unlock();
                }
            } finally {
                s.waiter = null;
                key.cancel();
                flush(sel);
            }
        }
    }

    /** When a wait that starts now ends by SO_RCVTIMEO (System.nanoTime), 0 for never. */
    private static long deadline(Sock s) {
        return s.timeoutMs > 0 ? System.nanoTime() + s.timeoutMs * 1_000_000 : 0;
    }

    /** Under the lock: wake (if the call waited), then the outcome. */
    private Event finish(Sock s, String call, boolean blocked, String thread, Stamp out) {
        if (blocked) {
            core.hub.emit((seq, t) -> new Wake(seq, t, s.id, call, thread));
        }
        Event e = core.hub.emit(out);
        core.truth.after(s, e); // kernel hook: exact figures of the sockets the call touched
        return e;
    }

    /** Drops cancelled keys at once, so a closed channel's descriptor is released. */
    private static void flush(Selector sel) {
        try {
            sel.selectNow();
            sel.selectedKeys().clear();
        } catch (IOException | RuntimeException e) {
            System.getLogger(Blocking.class.getName()).log(System.Logger.Level.WARNING, "worker selector flush failed", e);
        }
    }
}
