package io.sockscope.model.internal;

import io.sockscope.model.source.Sequencer;
import io.sockscope.model.source.Stamp;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Shared state of one engine: the engine lock, the event hub, the threads and the socket
 * table. Every system call on a channel and the event reporting it happen while
 * {@link #lock} is held, so event order is the order of the calls.
 */
final class Core {
    final EngineConfig config;
    final ReentrantLock lock = new ReentrantLock();
    final Sequencer hub = new Sequencer(lock);
    final Waiters waiters = new Waiters();
    /** Exact figures and TCP states after each call (kernel hook). */
    final KernelTruth truth = new KernelTruth(this);
    final Threads threads = new Threads(this::crashed, waiters);
    final Map<String, Sock> socks = new ConcurrentHashMap<>();
    final Map<String, Sel> sels = new ConcurrentHashMap<>();
    /** Unix clients connected to a path, in connect order, waiting to be paired with an accept. */
    final Map<String, Deque<Sock>> unixPending = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    volatile boolean closed;

    Core(EngineConfig config) {
        this.config = config;
    }

    String nextId() {
        return "s" + ids.incrementAndGet();
    }

    /** Emits a failure now. */
    Event fail(String socket, String call, ErrorKind kind, String message) {
        return hub.emit(failure(socket, call, kind, message));
    }

    Event fail(String socket, String call, Throwable e) {
        return hub.emit(failure(socket, call, e));
    }

    static Stamp failure(String socket, String call, ErrorKind kind, String message) {
        return (seq, t) -> new Failure(seq, t, socket, call, kind, message);
    }

    static Stamp failure(String socket, String call, Throwable e) {
        return failure(socket, call, Errors.kind(e), Errors.message(e));
    }

    /**
     * Drops a closed socket from the table, so a long session (a server accepting thousands of
     * connections) keeps only its open sockets; {@link #missing} still knows the id was closed.
     */
    void forget(Sock s) {
        socks.remove(s.id, s);
    }

    /** True when {@code id} was handed out by this engine ({@code s1} to the last one). */
    private boolean issued(String id) {
        if (id.length() < 2 || id.charAt(0) != 's') {
            return false;
        }
        try {
            int n = Integer.parseInt(id.substring(1));
            return n >= 1 && n <= ids.get() && id.equals("s" + n);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Failure for a call on an id that is not an open socket. */
    Event missing(String socket, String call) {
        Sock s = socks.get(socket);
        if (s != null || (issued(socket) && !sels.containsKey(socket))) {
            return fail(socket, call, ErrorKind.CLOSED, "socket " + socket + " is closed");
        }
        Sel sel = sels.get(socket);
        if (sel != null) {
            return fail(socket, call, sel.closed ? ErrorKind.CLOSED : ErrorKind.ILLEGAL_STATE,
                    sel.closed ? "selector " + socket + " is closed" : socket + " is a selector, not a socket");
        }
        return fail(socket, call, ErrorKind.ILLEGAL_STATE, "no socket " + socket + " in this engine");
    }

    void pairUnix(String path, Sock client) {
        unixPending.computeIfAbsent(path, p -> new ArrayDeque<>()).add(client);
    }

    Sock takeUnixClient(String path) {
        Deque<Sock> q = unixPending.get(path);
        return q == null ? null : q.poll();
    }

    private Event crashed(String socket, String call, Throwable e) {
        if (closed) {
            return new Failure(-1, -1, socket == null ? "" : socket, call, ErrorKind.CLOSED, "engine closed");
        }
        return fail(socket == null ? "" : socket, call, e);
    }
}
