package io.sockscope.model.scenario.support;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Queues;
import io.sockscope.model.scenario.ScenarioContext;

/** Bounded waits on kernel queue figures, so the next call does not race the kernel. */
public final class KernelWaits {
    /** How long a kernel figure may take to show what a scenario waits for. */
    private static final long DEADLINE_NS = 5_000_000_000L;
    private static final long ACCEPT_PAUSE_MS = 5;
    private static final long RECV_PAUSE_MS = 2;

    private KernelWaits() {
    }

    /** Samples a socket's kernel queues now. */
    public static Queues probe(ScenarioContext ctx, SocketId socket) {
        return Calls.expect(ctx, ctx.engine().probe(socket), Queues.class);
    }

    /**
     * Probes {@code socket} until its accept queue holds {@code n} connections. Loopback
     * handshakes finish almost at once, but not by promise.
     */
    public static Queues awaitAcceptQueue(ScenarioContext ctx, SocketId socket, int n) {
        long deadline = System.nanoTime() + DEADLINE_NS;
        while (true) {
            Queues q = probe(ctx, socket);
            if (q.acceptQ() == n) {
                return q;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("accept queue of " + socket + " stayed at " + q.acceptQ() + ", expected " + n);
            }
            try {
                Thread.sleep(ACCEPT_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a kernel figure", e);
            }
        }
    }

    /** Probes {@code socket} until its receive queue holds at least {@code atLeast} bytes. */
    public static Queues awaitRecvQ(ScenarioContext ctx, SocketId socket, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE_NS;
        while (true) {
            Queues q = probe(ctx, socket);
            if (q.recvQ() >= atLeast) {
                return q;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(socket + ": receive queue stayed at " + q.recvQ()
                        + ", expected at least " + atLeast);
            }
            Thread.sleep(RECV_PAUSE_MS);
        }
    }
}
