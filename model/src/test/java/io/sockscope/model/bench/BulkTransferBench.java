package io.sockscope.model.bench;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Bulk transfer over loopback TCP: plain blocking java.nio against the same transfer through
 * the engine (blocking calls on worker threads, payload capture off, queue probe at its
 * default interval, one subscriber counting events). Prints the median MB/s of each and the
 * engine's slowdown.
 *
 * <p>Two ways of calling the engine are measured: <em>sync</em>, each call awaited before the
 * next (the calling thread runs the call itself while its worker is idle; only a call that has
 * to wait goes to the worker and back), and <em>pipelined</em>, up to {@value #WINDOW} calls
 * submitted ahead on each worker (the engine's own cost per call: lock, system call, event).
 *
 * <p>Wall-clock rates on a shared machine are noisy, so each line also gives the process CPU
 * time the transfer cost (all threads, kernel time included): a steadier measure of overhead.
 *
 * <p>Arguments (all optional): MiB per round (256), rounds (5), chunk bytes (65536), probe
 * interval in ms (the engine's default), most warm-up rounds ({@value #MAX_WARMUPS}; 1 gives the
 * single warm-up round of before December 2026).
 */
public final class BulkTransferBench {
    private static final int WINDOW = 8;
    /**
     * Warm-up rounds (plain, sync, pipelined) run until one leaves the JIT compilers nearly idle,
     * at most this many: the engine's paths keep the C2 compiler busy for about a second of CPU,
     * which on two cores would otherwise take a core from the first measured rounds.
     */
    private static final int MAX_WARMUPS = 10;
    private static final long QUIET_JIT_MS = 20;
    private static int probeMs = EngineConfig.defaults().probeIntervalMs();
    /** Events, block events and queue samples of the last engine run (every call must show). */
    private static long lastEvents;
    private static long lastBlocks;
    private static long lastSamples;

    private BulkTransferBench() {
    }

    public static void main(String[] args) throws Exception {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 65536;
        probeMs = args.length > 3 ? Integer.parseInt(args[3]) : EngineConfig.defaults().probeIntervalMs();
        int maxWarmups = args.length > 4 ? Integer.parseInt(args[4]) : MAX_WARMUPS;
        long total = (long) mib << 20;
        System.out.printf("moving %d MiB per round in %d-byte calls, %d rounds, probe every %d ms%n", mib, chunk, rounds,
                probeMs);
        for (int w = 1; w <= maxWarmups; w++) {
            long j0 = jitMillis();
            plain(total, chunk);
            engine(total, chunk, 1);
            engine(total, chunk, WINDOW);
            long jit = jitMillis() - j0;
            System.out.printf("warm-up %d: JIT compiled for %d ms%n", w, jit);
            if (jit < QUIET_JIT_MS) {
                break;
            }
        }
        List<Double> plain = new ArrayList<>();
        List<Double> sync = new ArrayList<>();
        List<Double> piped = new ArrayList<>();
        List<Double> plainCpu = new ArrayList<>();
        List<Double> syncCpu = new ArrayList<>();
        List<Double> pipedCpu = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long j0 = jitMillis();
            long c0 = cpuNanos();
            plain.add(plain(total, chunk));
            long c1 = cpuNanos();
            sync.add(engine(total, chunk, 1));
            long syncBlocks = lastBlocks;
            long c2 = cpuNanos();
            piped.add(engine(total, chunk, WINDOW));
            long c3 = cpuNanos();
            plainCpu.add((c1 - c0) / 1e6);
            syncCpu.add((c2 - c1) / 1e6);
            pipedCpu.add((c3 - c2) / 1e6);
            System.out.printf("round %d: plain %.0f MB/s (%.0f ms CPU), engine sync %.0f MB/s (%.0f ms CPU; %d blocks), "
                    + "engine pipelined %.0f MB/s (%.0f ms CPU; %d events, %d blocks, %d queue samples); JIT %d ms%n", r + 1,
                    plain.get(r), plainCpu.get(r), sync.get(r), syncCpu.get(r), syncBlocks, piped.get(r), pipedCpu.get(r),
                    lastEvents, lastBlocks, lastSamples, jitMillis() - j0);
        }
        double p = median(plain);
        double s = median(sync);
        double q = median(piped);
        System.out.printf("median: plain java.nio %.0f MB/s; engine sync %.0f MB/s (slowdown %.1f%%); "
                + "engine pipelined %.0f MB/s (slowdown %.1f%%)%n", p, s, 100.0 * (p - s) / p, q, 100.0 * (p - q) / p);
        List<Double> syncRatio = new ArrayList<>();
        List<Double> pipedRatio = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            syncRatio.add(100.0 * (1 - sync.get(r) / plain.get(r)));
            pipedRatio.add(100.0 * (1 - piped.get(r) / plain.get(r)));
        }
        System.out.printf("median of per-round slowdowns (each engine run against the plain run just before it, "
                + "which cancels drifting load): sync %.1f%%, pipelined %.1f%%%n", median(syncRatio), median(pipedRatio));
        double pc = median(plainCpu);
        double sc = median(syncCpu);
        double qc = median(pipedCpu);
        System.out.printf("median CPU: plain %.0f ms; engine sync %.0f ms (+%.1f%%); engine pipelined %.0f ms (+%.1f%%)%n",
                pc, sc, 100.0 * (sc - pc) / pc, qc, 100.0 * (qc - pc) / pc);
    }

    /** Time the JIT compilers spent so far (all compiler threads). */
    private static long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** CPU time of the whole process so far (all threads, user and system). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double plain(long total, int chunk) throws Exception {
        try (ServerSocketChannel ss = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            SocketChannel client = SocketChannel.open(ss.getLocalAddress());
            SocketChannel server = ss.accept();
            long start = System.nanoTime();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> drain(server, total, chunk));
            ByteBuffer buf = ByteBuffer.allocate(chunk);
            for (long sent = 0; sent < total; sent += chunk) {
                buf.clear();
                while (buf.hasRemaining()) {
                    client.write(buf);
                }
            }
            reader.get(5, TimeUnit.MINUTES);
            double mbs = total / 1e6 / ((System.nanoTime() - start) / 1e9);
            client.close();
            server.close();
            return mbs;
        }
    }

    private static void drain(SocketChannel ch, long total, int chunk) {
        ByteBuffer buf = ByteBuffer.allocate(chunk);
        try {
            for (long got = 0; got < total; ) {
                buf.clear();
                int n = ch.read(buf);
                if (n < 0) {
                    throw new IOException("early end of stream after " + got);
                }
                got += n;
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Through the engine. With {@code window} 1 each call is awaited before the next; otherwise
     * {@code window} calls stay in flight on each side, each completion submitting the next
     * call from its callback, so no caller thread waits per call.
     */
    private static double engine(long total, int chunk, int window) throws Exception {
        AtomicLong events = new AtomicLong();
        AtomicLong blocks = new AtomicLong();
        AtomicLong samples = new AtomicLong();
        double mbs;
        try (Engine engine = Engines.start(new EngineConfig(0, probeMs))) {
            engine.subscribe(e -> {
                events.incrementAndGet();
                if (e instanceof Block) {
                    blocks.incrementAndGet();
                } else if (e instanceof Queues) {
                    samples.incrementAndGet();
                }
            });
            SocketId server = engine.openTcp(Family.INET, "server");
            SocketId client = engine.openTcp(Family.INET, "client");
            String local = ((Bind) engine.bind(server, "127.0.0.1:0").get()).local();
            engine.listen(server, 1);
            engine.connect(client, local).get();
            SocketId child = SocketId.of(((Accept) engine.accept(server).get()).child());
            Engine reader = engine.onThread("reader");
            Engine writer = engine.onThread("writer");
            byte[] data = new byte[chunk];
            long start = System.nanoTime();
            if (window == 1) {
                CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                    for (long got = 0; got < total; ) {
                        got += received(reader.recv(child, chunk).join());
                    }
                });
                for (long sent = 0; sent < total; sent += chunk) {
                    if (reading.isCompletedExceptionally()) {
                        reading.join(); // throws the reader's failure instead of waiting for ever
                    }
                    check(writer.send(client, data).get());
                }
                reading.get(5, TimeUnit.MINUTES);
            } else {
                Pump reads = new Pump(total, window, () -> reader.recv(child, chunk), BulkTransferBench::received);
                Pump writes = new Pump(total, window, () -> writer.send(client, data), e -> {
                    check(e);
                    return chunk;
                });
                reads.start();
                writes.start();
                writes.done.get(5, TimeUnit.MINUTES);
                reads.done.get(5, TimeUnit.MINUTES);
            }
            mbs = total / 1e6 / ((System.nanoTime() - start) / 1e9);
            engine.close(client).get(); // ends recvs submitted beyond the last byte
        }
        lastEvents = events.get(); // after close: every event has been delivered
        lastBlocks = blocks.get();
        lastSamples = samples.get();
        return mbs;
    }

    private static long received(Event e) {
        if (!(e instanceof Recv r) || r.done() < 0) {
            throw new IllegalStateException("recv failed: " + e);
        }
        return r.done();
    }

    /** Keeps {@code window} calls in flight until {@code total} bytes are done; each completion submits the next. */
    private static final class Pump {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        private final long total;
        private final int window;
        private final Supplier<CompletableFuture<Event>> call;
        private final ToLongFunction<Event> bytes;
        private final AtomicLong moved = new AtomicLong();

        Pump(long total, int window, Supplier<CompletableFuture<Event>> call, ToLongFunction<Event> bytes) {
            this.total = total;
            this.window = window;
            this.call = call;
            this.bytes = bytes;
        }

        void start() {
            for (int i = 0; i < window; i++) {
                next();
            }
        }

        private void next() {
            call.get().whenComplete((e, ex) -> {
                try {
                    if (moved.addAndGet(bytes.applyAsLong(e)) >= total) {
                        done.complete(null);
                    } else if (!done.isDone()) {
                        next();
                    }
                } catch (RuntimeException failure) {
                    done.completeExceptionally(failure);
                }
            });
        }
    }

    private static void check(Event e) {
        if (!(e instanceof Send)) {
            throw new IllegalStateException("send failed: " + e);
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
