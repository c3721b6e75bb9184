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
 * waits there: the worker retries it, so {@code block} and {@code wake} name the worker.
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
     * would wait, returns null once it gave what is left of the call to the worker.
     */
    Event run(Sock s, String call, int op, Attempt attempt) {
        String thread = Thread.currentThread().getName();
        boolean blocked = false;
        long deadline = 0;
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
                if (!blocked && Turn.handOver(() -> run(s, call, op, attempt))) {
                    return null; // tried on the caller's own thread: the worker waits, and says so
                }
                if (Thread.currentThread().isInterrupted()) {
                    return finish(s, call, blocked, thread, Core.failure(s.id, call, ErrorKind.CLOSED,
                            "cut short: engine closing"));
                }
                if (!blocked) {
                    blocked = true;
                    deadline = s.timeoutMs > 0 ? System.nanoTime() + s.timeoutMs * 1_000_000 : 0;
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
