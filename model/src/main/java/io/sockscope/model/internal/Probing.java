package io.sockscope.model.internal;

import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.probe.ProcNet;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The kernel queue sampler. About every {@code probeIntervalMs} (see {@link ProbePace} for
 * how it slows down) it samples busy sockets (used since the last sample, listening, or with
 * bytes queued) and emits {@code queues} when a figure changed. TCP and UDP figures come from /proc/net by inode; Unix sockets (and systems
 * without /proc) get byte counts kept by the engine, marked ESTIMATE.
 */
final class Probing {
    private static final System.Logger LOG = System.getLogger(Probing.class.getName());
    private final Core core;
    private final boolean proc;
    private final Map<String, ProcNet.Table> open = new HashMap<>();
    private final ScheduledExecutorService timer;
    private final ProbePace pace;

    Probing(Core core) {
        this.core = core;
        this.proc = ProcNet.available() && openTables();
        int every = core.config.probeIntervalMs();
        this.pace = new ProbePace(every);
        if (every > 0) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sockscope-probe");
                t.setDaemon(true);
                return t;
            });
            timer.schedule(this::loop, every, TimeUnit.MILLISECONDS);
        } else {
            timer = null;
        }
    }

    /**
     * Samples one socket at once (under the lock): the current figures, emitted if they changed
     * or if calls ran on the socket since the last sample; otherwise the last sample.
     */
    Event probeNow(Sock s) throws IOException {
        Queues q = sample(s, tables(List.of(s)));
        if (q == null) {
            return core.fail(s.id, "probe", ErrorKind.ILLEGAL_STATE,
                    "no kernel row for " + s.id + " yet (not bound or connected)");
        }
        return emitIfChanged(s, q);
    }

    /** One tick, then the next one scheduled at the pace's delay. */
    private void loop() {
        pace.activity(tick() | core.truth.tick()); // kernel hook: states that change without our calls
        try {
            timer.schedule(this::loop, pace.nextDelayNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "probe stopped");
        }
    }

    /** Samples the busy sockets; true when a call touched one or a figure changed. */
    private boolean tick() {
        boolean active = false;
        try {
            List<Sock> busy = new ArrayList<>();
            for (Sock s : core.socks.values()) {
                if (!s.closed && s.channel != null && (s.touched || s.listening || queued(s.lastQueues))) {
                    active |= s.touched;
                    s.touched = false;
                    busy.add(s);
                }
            }
            if (busy.isEmpty() || core.closed) {
                return active;
            }
            // read and emit under the engine lock: a figure read before a recv must not be
            // sequenced after it (the diagram would show bytes still queued that were already read)
            core.lock.lock();
            long start = System.nanoTime();
            try {
                Map<String, Map<Long, ProcNet.Row>> tables = tables(busy);
                for (Sock s : busy) {
                    if (!s.closed && !core.closed) {
                        Queues q = sample(s, tables);
                        Queues before = s.lastQueues;
                        if (q != null && emitIfChanged(s, q) != before) {
                            active = true;
                        }
                    }
                }
            } finally {
                // paced by the whole time the lock was held (read, report, and any time the
                // scheduler took the core away meanwhile), which is what stalls every call
                pace.heldLock(System.nanoTime() - start);
                core.lock.unlock();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "queue probe failed; will try again", e);
        }
        return active;
    }

    /** Opens the four tables once, so sampling never allocates a descriptor. */
    private boolean openTables() {
        try {
            for (String name : List.of("tcp", "tcp6", "udp", "udp6")) {
                open.put(name, new ProcNet.Table(name));
            }
            return true;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read /proc/net; queue figures will be estimates", e);
            closeTables();
            return false;
        }
    }

    private void closeTables() {
        for (ProcNet.Table t : open.values()) {
            try {
                t.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "closing a /proc/net table failed", e);
            }
        }
        open.clear();
    }

    /** Every row of one table by ports (kernel hook: closed TCP sockets the kernel still holds). */
    synchronized Map<Long, ProcNet.Row> byPorts(String name) throws IOException {
        ProcNet.Table t = open.get(name);
        return t == null ? Map.of() : t.byPorts();
    }

    private static boolean queued(Queues q) {
        return q != null && (q.sendQ() > 0 || q.recvQ() > 0 || q.acceptQ() > 0);
    }

    /** Reads the tables the sockets need; synchronized because ticks and probe calls share the open files. */
    private synchronized Map<String, Map<Long, ProcNet.Row>> tables(List<Sock> socks) throws IOException {
        Map<String, Map<Long, ProcNet.Row>> out = new HashMap<>();
        if (!proc) {
            return out;
        }
        for (Sock s : socks) {
            String name = table(s);
            if (name != null && !out.containsKey(name)) {
                out.put(name, open.get(name).read());
            }
        }
        return out;
    }

    private String table(Sock s) {
        if (!proc || s.inode == 0 || s.family == Family.UNIX || core.truth.covers(s)) {
            return null;
        }
        String base = s.proto == Proto.UDP ? "udp" : "tcp";
        return s.family == Family.INET6 ? base + "6" : base;
    }

    /** The current figures, or null when the kernel has no row for the socket yet. */
    private Queues sample(Sock s, Map<String, Map<Long, ProcNet.Row>> tables) {
        if (core.truth.covers(s)) {
            return core.truth.sample(s); // kernel hook: from the descriptor (null: nothing to show yet)
        }
        int snd = Options.kernelBuffer(s, StandardSocketOptions.SO_SNDBUF);
        int rcv = Options.kernelBuffer(s, StandardSocketOptions.SO_RCVBUF);
        String name = table(s);
        if (name != null) {
            ProcNet.Row row = tables.getOrDefault(name, Map.of()).get(s.inode);
            if (row == null) {
                return null;
            }
            QueueSource src = s.proto == Proto.UDP ? QueueSource.KERNEL_MEMORY : QueueSource.KERNEL;
            if (s.listening) {
                return new Queues(0, 0, s.id, 0, 0, row.rxQueue(), s.backlog, snd, rcv, src);
            }
            return new Queues(0, 0, s.id, row.txQueue(), row.rxQueue(), -1, -1, snd, rcv, src);
        }
        if (s.listening) {
            Deque<Sock> waiting = core.unixPending.get(s.local);
            int n = waiting == null ? 0 : waiting.size();
            return new Queues(0, 0, s.id, 0, 0, n, s.backlog, snd, rcv, QueueSource.ESTIMATE);
        }
        Sock p = s.peer;
        int sendQ = p == null ? 0 : (int) Math.max(0, s.sent - p.read);
        int recvQ = p == null ? 0 : (int) Math.max(0, p.sent - s.read);
        return new Queues(0, 0, s.id, sendQ, recvQ, -1, -1, snd, rcv, QueueSource.ESTIMATE);
    }


    private Event emitIfChanged(Sock s, Queues q) {
        Queues last = s.lastQueues;
        // an unchanged figure is re-emitted after calls on the socket: the last sample may predate
        // them (e.g. a datagram read and another of the same size queued between two samples)
        if (last != null && !s.callSinceSample && last.sendQ() == q.sendQ() && last.recvQ() == q.recvQ() && last.acceptQ() == q.acceptQ()
                && last.backlog() == q.backlog() && last.sndBuf() == q.sndBuf() && last.rcvBuf() == q.rcvBuf()
                && last.source() == q.source() && last.drops() == q.drops()) {
            return last;
        }
        Queues e = (Queues) core.hub.emit((seq, t) -> new Queues(seq, t, s.id, q.sendQ(), q.recvQ(), q.acceptQ(),
                q.backlog(), q.sndBuf(), q.rcvBuf(), q.source(), q.drops()));
        s.lastQueues = e;
        s.callSinceSample = false;
        return e;
    }

    void stop() {
        if (timer != null) {
            timer.shutdown(); // not shutdownNow: an interrupt would close the /proc file mid-read
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.log(System.Logger.Level.WARNING, "interrupted while stopping the probe", e);
            }
        }
        synchronized (this) {
            closeTables();
        }
    }
}
