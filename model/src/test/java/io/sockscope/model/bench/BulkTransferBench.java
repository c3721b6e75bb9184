package io.sockscope.model.bench;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bulk transfer over loopback TCP: plain blocking java.nio against the same transfer through
 * the engine (blocking calls on worker threads, payload capture off, queue probe at its
 * default interval, one subscriber counting events). Prints the median MB/s of each and the
 * engine's slowdown.
 *
 * <p>Two ways of calling the engine are measured: <em>sync</em>, each call awaited before the
 * next (a thread hand-off per call each way), and <em>pipelined</em>, up to {@value #WINDOW}
 * calls submitted ahead on each worker (the engine's own cost per call: lock, system call,
 * event).
 *
 * <p>Arguments (all optional): MiB per round (256), rounds (5), chunk bytes (65536).
 */
public final class BulkTransferBench {
    private static final int WINDOW = 8;

    private BulkTransferBench() {
    }

    public static void main(String[] args) throws Exception {
        int mib = args.length > 0 ? Integer.parseInt(args[0]) : 256;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int chunk = args.length > 2 ? Integer.parseInt(args[2]) : 65536;
        long total = (long) mib << 20;
        System.out.printf("moving %d MiB per round in %d-byte calls, %d rounds (after one warm-up round each)%n",
                mib, chunk, rounds);
        plain(total, chunk);
        engine(total, chunk, 1);
        engine(total, chunk, WINDOW);
        List<Double> plain = new ArrayList<>();
        List<Double> sync = new ArrayList<>();
        List<Double> piped = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            plain.add(plain(total, chunk));
            sync.add(engine(total, chunk, 1));
            piped.add(engine(total, chunk, WINDOW));
            System.out.printf("round %d: plain %.0f MB/s, engine sync %.0f MB/s, engine pipelined %.0f MB/s%n",
                    r + 1, plain.get(r), sync.get(r), piped.get(r));
        }
        double p = median(plain);
        double s = median(sync);
        double q = median(piped);
        System.out.printf("median: plain java.nio %.0f MB/s; engine sync %.0f MB/s (slowdown %.1f%%); "
                + "engine pipelined %.0f MB/s (slowdown %.1f%%)%n", p, s, 100.0 * (p - s) / p, q, 100.0 * (p - q) / p);
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

    /** Through the engine, with up to {@code window} calls in flight on each side. */
    private static double engine(long total, int chunk, int window) throws Exception {
        AtomicLong events = new AtomicLong();
        try (Engine engine = Engines.start(new EngineConfig(0, EngineConfig.defaults().probeIntervalMs()))) {
            engine.subscribe(e -> events.incrementAndGet());
            String server = engine.openTcp(Family.INET, "server");
            String client = engine.openTcp(Family.INET, "client");
            String local = ((Bind) engine.bind(server, "127.0.0.1:0").get()).local();
            engine.listen(server, 1);
            engine.connect(client, local).get();
            String child = ((Accept) engine.accept(server).get()).child();
            Engine reader = engine.onThread("reader");
            Engine writer = engine.onThread("writer");
            byte[] data = new byte[chunk];
            long start = System.nanoTime();
            CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
                ArrayDeque<CompletableFuture<Event>> inFlight = new ArrayDeque<>();
                for (long got = 0; got < total; ) {
                    while (inFlight.size() < window) {
                        inFlight.add(reader.recv(child, chunk));
                    }
                    for (int k = 0; k < Math.max(1, window / 2) && got < total; k++) {
                        Event e = inFlight.poll().join();
                        if (!(e instanceof Recv r) || r.done() < 0) {
                            throw new IllegalStateException("recv failed: " + e);
                        }
                        got += r.done();
                    }
                }
            });
            ArrayDeque<CompletableFuture<Event>> inFlight = new ArrayDeque<>();
            for (long sent = 0; sent < total; sent += chunk) {
                if (inFlight.size() == window) {
                    for (int k = 0; k < Math.max(1, window / 2); k++) {
                        check(inFlight.poll().get());
                    }
                }
                inFlight.add(writer.send(client, data));
            }
            while (!inFlight.isEmpty()) {
                check(inFlight.poll().get());
            }
            reading.get(5, TimeUnit.MINUTES);
            double mbs = total / 1e6 / ((System.nanoTime() - start) / 1e9);
            engine.close(client).get(); // ends recvs submitted beyond the last byte
            return mbs;
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
