package io.sockscope.sessions.bench;

import io.sockscope.model.event.Close;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Payload;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionIndex;
import io.sockscope.sessions.SessionReader;
import io.sockscope.sessions.SessionWriter;
import io.sockscope.sessions.WriterOptions;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a session of realistic events (default 1,000,000), then measures streaming read,
 * index build and random seeks: plain, gzip as {@link SessionWriter} writes it (many members),
 * and gzip in one member (as files written before multi-member gzip, and by {@code gzip} itself,
 * are). Args: [events] [directory].
 * Run with a small heap (e.g. -Xmx64m) to show the reader streams.
 */
public final class ReaderBench {
    /**
     * CPU time of the benchmark's thread: on a machine shared with other jobs it varies much
     * less than wall time (the writer's flush timer and the garbage collector are not counted).
     */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReaderBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("sockscope-bench");
        Path plain = dir.resolve("bench.sockscope");
        Path gzip = dir.resolve("bench.sockscope.gz");
        Path single = dir.resolve("bench-one-member.sockscope.gz");
        System.out.printf("events: %,d  max heap: %,d MiB  cpus: %d%n", n,
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        long w0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        write(plain, n, false);
        long w1 = System.nanoTime();
        long c1 = CPU.getCurrentThreadCpuTime();
        write(gzip, n, true);
        long w2 = System.nanoTime();
        long c2 = CPU.getCurrentThreadCpuTime();
        System.out.printf("write plain: %.2f s (CPU %.2f s), gzip: %.2f s (CPU %.2f s)%n", (w1 - w0) / 1e9, (c1 - c0) / 1e9,
                (w2 - w1) / 1e9, (c2 - c1) / 1e9);
        oneMember(plain, single);
        System.out.printf("size plain: %,d bytes (%.1f bytes/event), gzip: %,d bytes (%.1f bytes/event), "
                + "gzip in one member: %,d bytes (%.1f bytes/event)%n", Files.size(plain), (double) Files.size(plain) / n,
                Files.size(gzip), (double) Files.size(gzip) / n, Files.size(single), (double) Files.size(single) / n);

        for (Path f : new Path[] {plain, gzip, single}) {
            String name = f == plain ? "plain" : f == gzip ? "gzip" : "gzip, one member";
            double[] read = best(3, () -> readAll(f, n));
            System.out.printf("%s: open + read all (streaming): %.2f s (%.0f events/s), CPU %.2f s%n", name, read[0],
                    n / read[0], read[1]);
            long i0 = System.nanoTime();
            SessionIndex index = SessionIndex.build(f);
            System.out.printf("%s: build index: %.2f s%n", name, (System.nanoTime() - i0) / 1e9);
            int seeks = f == single ? 100 : 1000;
            long[] times = new long[seeks];
            long[] cpu = new long[seeks];
            Random rnd = new Random(7);
            for (int i = 0; i < seeks; i++) {
                long seq = (long) (rnd.nextDouble() * index.size());
                long s0 = System.nanoTime();
                long sc = CPU.getCurrentThreadCpuTime();
                try (SessionReader r = index.openAt(seq)) {
                    if (r.next().seq() != seq) {
                        throw new AssertionError("seek to " + seq + " landed elsewhere");
                    }
                }
                times[i] = System.nanoTime() - s0;
                cpu[i] = CPU.getCurrentThreadCpuTime() - sc;
            }
            Arrays.sort(times);
            Arrays.sort(cpu);
            System.out.printf("%s: seek to a random event (open at it + read it), %d seeks: median %.2f ms, p90 %.2f ms, max %.2f ms;"
                    + " CPU median %.2f ms, p90 %.2f ms%n", name, seeks, times[seeks / 2] / 1e6, times[seeks * 9 / 10] / 1e6,
                    times[seeks - 1] / 1e6, cpu[seeks / 2] / 1e6, cpu[seeks * 9 / 10] / 1e6);
        }
        Files.delete(plain);
        Files.delete(gzip);
        Files.delete(single);
        following(dir, Math.max(1000, n / 20));
    }

    /**
     * A live session's autosave followed as it grows: an index grows over lines of 4 KiB
     * payloads, half of them cut from 8 KiB (as the window soak's echo writes them), placing them without decoding the
     * payloads, against building an index over the same lines, which decodes every one.
     */
    private static void following(Path dir, int n) throws Exception {
        Path whole = dir.resolve("bench-stream.sockscope");
        Path growing = dir.resolve("bench-stream-growing.sockscope");
        Random rnd = new Random(3);
        try (SessionWriter w = SessionWriter.open(whole, SessionHeader.create("stream", "", "en"), new WriterOptions(4096, false))) {
            byte[] b = new byte[8192];
            for (int i = 0; i < n; i++) {
                rnd.nextBytes(b);
                int len = i % 4 < 2 ? 4096 : 8192; // kept whole, or cut to the cap of 4 KiB as the echo's reads are
                w.accept(i % 2 == 0 ? new Send(i, i * 100L, "s1", len, len, Payload.capture(b, 0, len, 4096))
                        : new Recv(i, i * 100L, "s2", 65536, len, Payload.capture(b, 0, len, 4096)));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        int firstLines = 0;
        for (int lines = 0; lines < 2; firstLines++) { // the header and the first event
            lines += bytes[firstLines] == '\n' ? 1 : 0;
        }
        for (int round = 0; round < 6; round++) { // in turns, the first of each pair alternating (the JIT warms both)
            long grown = 0;
            long built = 0;
            for (int k = 0; k < 2; k++) {
                if ((k + round) % 2 == 0) {
                    Files.write(growing, Arrays.copyOf(bytes, firstLines));
                    SessionIndex index = SessionIndex.build(growing);
                    Files.write(growing, Arrays.copyOfRange(bytes, firstLines, bytes.length), java.nio.file.StandardOpenOption.APPEND);
                    long g0 = CPU.getCurrentThreadCpuTime();
                    long added = index.grow();
                    grown = CPU.getCurrentThreadCpuTime() - g0;
                    if (added != n - 1) {
                        throw new AssertionError("grew by " + added + " of " + (n - 1));
                    }
                } else {
                    long b0 = CPU.getCurrentThreadCpuTime();
                    SessionIndex.build(whole);
                    built = CPU.getCurrentThreadCpuTime() - b0;
                }
            }
            System.out.printf("follow %,d events of 4 KiB payloads, half cut (%,d MiB): index grows in CPU %.3f s "
                    + "(payloads measured), builds in CPU %.3f s (payloads decoded)%n", n, bytes.length >> 20,
                    grown / 1e9, built / 1e9);
        }
        Files.delete(whole);
        Files.delete(growing);
    }

    /**
     * The plain file compressed as one gzip member at the default level, as SessionWriter's
     * members are, but without their sync flushes (every 50 ms and at each note), so this file
     * is a little smaller than one SessionWriter wrote before it wrote many members.
     */
    private static void oneMember(Path plain, Path out) throws Exception {
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Files.copy(plain, gz);
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    /** The shortest wall time of {@code times} runs and the least CPU time of this thread among them, in seconds. */
    private static double[] best(int times, Run r) throws Exception {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            long c0 = CPU.getCurrentThreadCpuTime();
            r.run();
            best[0] = Math.min(best[0], (System.nanoTime() - t0) / 1e9);
            best[1] = Math.min(best[1], (CPU.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        return best;
    }

    private static void readAll(Path f, int n) throws Exception {
        long count = 0;
        try (SessionReader r = SessionReader.open(f)) {
            while (r.hasNext()) {
                r.next();
                count++;
            }
        }
        if (count != n) {
            throw new AssertionError("read " + count + " of " + n);
        }
    }

    private static void write(Path f, int n, boolean gzip) throws Exception {
        try (SessionWriter w = SessionWriter.open(f, SessionHeader.create("bench", "", "en"), new WriterOptions(4096, gzip))) {
            generate(n, w);
        }
    }

    /** A chatty echo session: clients come and go, each exchanging short text lines, with queue samples and captions. */
    static void generate(int n, Consumer<Event> out) {
        Random rnd = new Random(42);
        String[] words = {"hello", "ping", "GET /index.html HTTP/1.1", "你好，世界", "data", "quit", "{\"k\":1}"};
        long t = 0;
        int seq = 0;
        int client = 2;
        while (seq < n) {
            t += 1_000 + rnd.nextInt(50_000);
            int kind = rnd.nextInt(100);
            String c = "s" + client;
            Event e;
            if (kind < 38) {
                byte[] msg = (words[rnd.nextInt(words.length)] + " #" + seq + "\n").getBytes(StandardCharsets.UTF_8);
                e = new Send(seq, t, c, msg.length, msg.length, Payload.of(msg, msg.length));
            } else if (kind < 76) {
                byte[] msg = (words[rnd.nextInt(words.length)] + " #" + seq + "\n").getBytes(StandardCharsets.UTF_8);
                e = new Recv(seq, t, "s" + (client + 1), 8192, msg.length, Payload.of(msg, msg.length));
            } else if (kind < 96) {
                e = new Queues(seq, t, c, rnd.nextInt(300), rnd.nextInt(300), -1, -1, 2_626_560, 131_072, QueueSource.KERNEL);
            } else if (kind < 97) {
                e = new Note(seq, t, "Step: the client sends a line and the server echoes it", "en", rnd.nextInt(3));
            } else if (kind < 98) {
                e = new Close(seq, t, c, false);
                client += 2;
            } else {
                e = new Open(seq, t, "s" + client, Proto.TCP, Family.INET, 5 + client, "client");
            }
            out.accept(e);
            seq++;
        }
    }
}
