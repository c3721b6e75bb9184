package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * {@code serve --echo} in a process of its own limited to 256 descriptors: connections opened and
 * closed in waves leave its descriptor and thread counts where they started, and when more
 * connections arrive than it has descriptors for, accept fails (EMFILE, reported as an event),
 * backs off and serves again once descriptors are free.
 */
@EnabledOnOs(OS.LINUX)
class ServeUnderDescriptorLimitTest {
    private static final int LIMIT = 256;
    /** Each served connection holds its socket and its worker's selector (epoll and eventfd): 50 fit. */
    private static final int WAVE = 50;
    private static final int WAVES = 20;
    /** More at once than 256 descriptors can serve. */
    private static final int FLOOD = 150;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void thousandConnectionsInWavesLeaveDescriptorsAndThreadsWhereTheyStarted() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", "ulimit -n " + LIMIT + " && exec \"$0\" \"$@\"",
                java, "-XX:+UseSerialGC", "-XX:-UseDynamicNumberOfCompilerThreads", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), ServeHarness.class.getName());
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process server = pb.start();
        List<String> said = new CopyOnWriteArrayList<>();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertTrue(first != null && first.startsWith("serving on 127.0.0.1:"), String.valueOf(first));
            int port = Integer.parseInt(first.substring(first.lastIndexOf(':') + 1));
            Thread reader = new Thread(() -> out.lines().forEach(said::add), "harness-output");
            reader.setDaemon(true);
            reader.start();
            long pid = server.pid();

            // warm up: every class and lazily opened file the server needs, the flood's error path included
            wave(port, WAVE);
            flood(port);
            settle(pid);
            wave(port, WAVE);
            long[] start = settle(pid);

            for (int w = 0; w < WAVES; w++) {
                wave(port, WAVE);
            }
            int failuresBefore = said.size();
            flood(port);
            settle(pid); // the flood's connections, accepted once descriptors free up, end
            wave(port, WAVE); // serves again after running out
            assertTrue(said.size() > failuresBefore && said.get(said.size() - 1).contains("Too many open files"),
                    "accept failed for want of descriptors: " + said);

            long[] end = settle(pid);
            assertArrayEquals(start, end, "descriptors and threads of the server, before and after "
                    + (WAVES * WAVE) + " connections and a flood of " + FLOOD);
            assertTrue(server.isAlive(), "the server still runs");
        } finally {
            server.getOutputStream().close();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** {@code n} connections at once, each echoed once, then all closed. */
    private static void wave(int port, int n) throws IOException {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                s.setSoTimeout(30_000);
                open.add(s);
            }
            for (Socket s : open) {
                byte[] line = ("hello " + s.getLocalPort() + "\n").getBytes(StandardCharsets.US_ASCII);
                s.getOutputStream().write(line);
                assertArrayEquals(line, s.getInputStream().readNBytes(line.length), "echo");
            }
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    /**
     * More connections than the server has descriptors for: each says one line, none waits for
     * its echo. Once the server cannot accept, its accept queue fills and the kernel stops
     * answering connection requests: the flood ends at the first connect that times out.
     */
    private static void flood(int port) throws IOException {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < FLOOD; i++) {
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                } catch (java.net.SocketTimeoutException full) {
                    s.close();
                    break;
                }
                OutputStream o = s.getOutputStream();
                o.write("flood\n".getBytes(StandardCharsets.US_ASCII));
                open.add(s);
            }
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
    }

    /**
     * Waits until the counts of {@code pid}'s descriptors and threads hold still for 7 s, longer
     * than an idle engine worker lives (5 s): a worker still waiting out its idle time would end
     * between the two counts and make them differ; returns them.
     */
    private static long[] settle(long pid) throws Exception {
        long[] last = counts(pid);
        long since = System.nanoTime();
        while (System.nanoTime() - since < TimeUnit.SECONDS.toNanos(7)) {
            TimeUnit.MILLISECONDS.sleep(200);
            long[] now = counts(pid);
            if (now[0] != last[0] || now[1] != last[1]) {
                last = now;
                since = System.nanoTime();
            }
        }
        return last;
    }

    private static long[] counts(long pid) throws IOException {
        return new long[] {count(Path.of("/proc", Long.toString(pid), "fd")), threads(pid)};
    }

    /**
     * The server's threads, not counting the JDK's "process reaper": a pool thread the JDK starts
     * for a child process and ends itself 60 s after the last one, so it can be there at the
     * first count and gone at the second (seen: 21 threads, then 20) without anything leaking.
     */
    private static long threads(long pid) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            return s.map(ServeUnderDescriptorLimitTest::comm).filter(n -> n != null && !n.equals("process reaper")).count();
        }
    }

    /** The thread's name, or null when it ended between the listing and the read. */
    private static String comm(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return null;
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

}
