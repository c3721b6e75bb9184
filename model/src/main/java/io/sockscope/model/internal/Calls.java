package io.sockscope.model.internal;

import io.sockscope.model.event.Event;
import java.util.concurrent.atomic.AtomicBoolean;

/** The engine's call handlers, and the guard every call passes through. */
final class Calls {
    /** A call on one socket; any exception becomes a Failure event. */
    @FunctionalInterface
    interface SockCall {
        Event run(Sock s) throws Exception;
    }

    private static final System.Logger LOG = System.getLogger(Calls.class.getName());
    final Core core;
    final Options options;
    final Lifecycle life;
    final StreamCalls streams;
    final DatagramCalls datagrams;
    final SelectorCalls selectors;
    final Probing probe;
    private final AtomicBoolean closing = new AtomicBoolean();

    Calls(Core core) {
        this.core = core;
        Blocking blocking = new Blocking(core);
        this.options = new Options(core);
        this.life = new Lifecycle(core);
        this.streams = new StreamCalls(core, blocking, options);
        this.datagrams = new DatagramCalls(core, blocking);
        this.selectors = new SelectorCalls(core);
        this.probe = new Probing(core);
        core.truth.useTables(probe);
    }

    Event open(Sock s) {
        core.lock.lock();
        try {
            return life.open(s);
        } finally {
            core.lock.unlock();
        }
    }

    /** Looks the socket up and runs {@code body} wholly under the engine lock. */
    Event withSock(String id, String call, SockCall body) {
        core.lock.lock();
        try {
            Sock s = core.socks.get(id); // looked up first: a close drops the socket from the table
            Event e = run(id, call, body);
            core.truth.after(s, e); // kernel hook: exact figures of the sockets the call touched
            return e;
        } finally {
            core.lock.unlock();
        }
    }

    /**
     * Looks the socket up and runs {@code body}, which takes the lock itself (a call that may
     * wait must not hold it while waiting).
     */
    Event withSockUnlocked(String id, String call, SockCall body) {
        return run(id, call, body);
    }

    private Event run(String id, String call, SockCall body) {
        try {
            Sock s = core.socks.get(id);
            if (s == null || s.closed || s.channel == null) {
                return core.missing(id, call);
            }
            s.touched = true;
            if (!call.equals("probe")) {
                s.callSinceSample = true;
            }
            return body.run(s);
        } catch (Exception e) {
            return core.fail(id, call, e);
        }
    }

    /** Closes every socket and selector, ends the threads, delivers the last events. */
    void shutdown() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        core.threads.runOnEngineAndWait(() -> {
            core.lock.lock();
            try {
                for (Sock s : core.socks.values()) {
                    if (!s.closed && s.channel != null) {
                        life.close(s, false);
                    }
                }
                for (Sel sel : core.sels.values()) {
                    if (!sel.closed && sel.selector != null) {
                        selectors.close(sel.id);
                    }
                }
                core.closed = true;
            } finally {
                core.lock.unlock();
            }
        });
        core.closed = true;
        probe.stop();
        core.threads.shutdown();
        core.waiters.closeAll();
        core.hub.drainAndStop();
        LOG.log(System.Logger.Level.DEBUG, "engine closed");
    }
}
