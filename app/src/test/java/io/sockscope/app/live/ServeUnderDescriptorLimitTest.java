package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
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
    /** The most connections a flood opens: more at once than 256 descriptors can serve. */
    private static final int FLOOD = 150;
    /**
     * How long {@link #settle} waits without any change before it gives up. A loaded machine can
     * stall the server for seconds, but it gets on: at load average 30 on two cores a settle
     * after a flood took up to 22 s.
     */
    private static final long STALLED_S = 20;

    @Test
    @Timeout(value = 480, unit = TimeUnit.SECONDS)
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
            flood(port, said);
            settled(pid, port, "after the first flood", null);
            wave(port, WAVE);
            Holdings start = settled(pid, port, "after the warm-up", null);

            for (int w = 0; w < WAVES; w++) {
                wave(port, WAVE);
            }
            int failuresBefore = said.size();
            flood(port, said);
            settled(pid, port, "after the second flood", start); // its connections, accepted once descriptors free up, end
            wave(port, WAVE); // serves again after running out
            assertTrue(said.size() > failuresBefore && said.get(said.size() - 1).contains("Too many open files"),
                    "accept failed for want of descriptors in the flood; the server said " + said.subList(failuresBefore, said.size()));

            Holdings end = settled(pid, port, "at the end", start);
            if (!end.sameCounts(start)) {
                fail("descriptors and threads of the server, before and after " + (WAVES * WAVE) + " connections and a flood of "
                        + FLOOD + ": " + end.changedSince(start) + "\nbefore: " + start + "\nafter:  " + end + "\n" + threadDump(pid));
            }
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
     * answering connection requests: the flood ends at the first connect that times out after
     * the server said accept failed. One that times out before only tells that the server is
     * behind (a loaded machine gives it no core for seconds, and its queue fills with
     * connections it can still serve): the flood goes on.
     */
    private static void flood(int port, List<String> said) throws IOException {
        int failuresBefore = said.size();
        List<Socket> open = new ArrayList<>();
        try {
            while (open.size() < FLOOD) {
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
                } catch (SocketTimeoutException full) {
                    s.close();
                    if (said.size() > failuresBefore) {
                        break;
                    }
                    continue;
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
     * Waits until the server has no connection left to serve and returns what it then holds: the
     * kernel's TCP table shows none waiting in its accept queue and none it accepted still open,
     * and no worker serving one is left. Each connection is served by a worker named after it
     * ({@code server/s7}, see {@link ServeMode}) that is told to end after the connection's
     * socket is closed and closes its own selector before its thread ends, so then every
     * connection has given back its descriptors and its thread. This waits for that condition
     * (and counts that held still since the last look), not for a quiet spell: a loaded machine
     * can leave the server without a core for seconds while its workers still run. A connection
     * or worker that never ends (a leak) keeps it from coming: once nothing has changed for
     * {@link #STALLED_S}, this returns what is held, for the comparison to show.
     */
    /** {@link #settle}, failing when the server still serves a connection ({@code start}, if given, tells what changed). */
    private static Holdings settled(long pid, int port, String when, Holdings start) throws Exception {
        Holdings now = settle(pid, port);
        if (!now.idle()) {
            fail("the server still serves connections " + when + " and nothing changed for " + STALLED_S + " s: "
                    + (start == null ? "" : now.changedSince(start) + "\nbefore: " + start) + "\nnow:    " + now
                    + "\n" + threadDump(pid));
        }
        return now;
    }

    /** The server's threads and where each is (jcmd Thread.print), to tell a stalled server from a leaking one. */
    private static String threadDump(long pid) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Path out = Files.createTempFile("serve-threads", ".txt");
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "jcmd Thread.print did not answer in 30 s";
            }
            return Files.readString(out);
        } finally {
            Files.delete(out);
        }
    }

    private static Holdings settle(long pid, int port) throws Exception {
        Holdings last = Holdings.of(pid, port);
        long changed = System.nanoTime();
        while (System.nanoTime() - changed < TimeUnit.SECONDS.toNanos(STALLED_S)) {
            TimeUnit.MILLISECONDS.sleep(200);
            Holdings now = Holdings.of(pid, port);
            if (now.idle() && now.sameCounts(last)) {
                return now;
            }
            if (!now.sameCounts(last)) {
                changed = System.nanoTime();
            }
            last = now;
        }
        return last;
    }
}
