package io.sockscope.model.kernel;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.EngineOption;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.engine.Pair;
import io.sockscope.model.engine.Recorder;
import io.sockscope.model.engine.SocketId;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures reported right after each call equal what the kernel reports for the same
 * socket ({@code ss}, {@code /proc/net/udp}), with the periodic sampler off: every figure here
 * comes from the call hook.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX)
class ExactFiguresTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final EngineConfig NO_SAMPLER = new EngineConfig(EngineConfig.DEFAULT_PAYLOAD_CAP, 0);

    @Test
    void bytesSentToAnUnreadSocketShowInItsReceiveQueueAtTheSendAndInSs() throws Exception {
        try (Engine engine = Engines.start(NO_SAMPLER)) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            Pair p = Pair.open(engine);
            Send send = get(engine.send(p.client(), new byte[5000]), Send.class);
            Queues child = (Queues) rec.await(e -> e instanceof Queues q && q.socket().equals(p.child().value())
                    && q.seq() > send.seq(), WAIT);
            assertEquals(QueueSource.EXACT, child.source());
            assertEquals(5000, child.recvQ());
            assertNoEventBetween(rec, send.seq(), child.seq(), p.child(), p.client());
            int[] ss = Ss.tcpQueues(p.accept().local(), p.accept().remote());
            assertEquals(5000, ss[0], "ss Recv-Q of the accepted socket");
            assertEquals(child.recvQ(), ss[0]);
            assertEquals(child.sendQ(), ss[1]);
        }
    }

    @Test
    void listenerAcceptQueueRisesAtConnectAndFallsAtAccept() throws Exception {
        try (Engine engine = Engines.start(NO_SAMPLER)) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId server = engine.openTcp(Family.INET, "server");
            SocketId client = engine.openTcp(Family.INET, "client");
            String local = get(engine.bind(server, "127.0.0.1:0"), Bind.class).local();
            engine.listen(server, 5);
            Connect c = get(engine.connect(client, local), Connect.class);
            Queues queued = (Queues) rec.await(e -> e instanceof Queues q && q.socket().equals(server.value()) && q.seq() > c.seq(), WAIT);
            assertEquals(1, queued.acceptQ(), "one connection waiting right after connect");
            assertEquals(5, queued.backlog());
            int[] ss = Ss.listenQueues(local);
            assertEquals(queued.acceptQ(), ss[0], "ss Recv-Q of the listener");
            assertEquals(5, ss[1], "ss Send-Q of the listener is the backlog");
            Accept a = get(engine.accept(server), Accept.class);
            Queues drained = (Queues) rec.await(e -> e instanceof Queues q && q.socket().equals(server.value()) && q.seq() > a.seq(), WAIT);
            assertEquals(0, drained.acceptQ());
            assertEquals(0, Ss.listenQueues(local)[0]);
        }
    }

    @Test
    void aBoundSocketBeforeItsListenHasNoFigures() throws Exception {
        // the kernel lists it nowhere (ss, /proc/net/tcp): a figure now would be a plain socket's,
        // without the accept queue and backlog it gets at listen
        try (Engine engine = Engines.start(NO_SAMPLER)) {
            SocketId server = engine.openTcp(Family.INET, "server");
            get(engine.bind(server, "127.0.0.1:0"), Bind.class);
            Failure none = get(engine.probe(server), Failure.class);
            assertEquals(ErrorKind.ILLEGAL_STATE, none.kind());
            get(engine.listen(server, 3), io.sockscope.model.event.Listen.class);
            Queues listening = get(engine.probe(server), Queues.class);
            assertEquals(0, listening.acceptQ());
            assertEquals(3, listening.backlog());
        }
    }

    @Test
    void unixSocketsGetKernelQueuesInBytes(@TempDir Path dir) throws Exception {
        try (Engine engine = Engines.start(NO_SAMPLER)) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            String path = dir.resolve("q.sock").toString();
            SocketId server = engine.openUnix("server");
            SocketId client = engine.openUnix("client");
            engine.bind(server, path);
            engine.listen(server, 5);
            get(engine.connect(client, path), Connect.class);
            SocketId child = SocketId.of(get(engine.accept(server), Accept.class).child());
            Send send = get(engine.send(client, "hello unix".getBytes(StandardCharsets.US_ASCII)), Send.class);
            Queues in = (Queues) rec.await(e -> e instanceof Queues q && q.socket().equals(child.value()) && q.seq() > send.seq(), WAIT);
            Queues out = (Queues) rec.await(e -> e instanceof Queues q && q.socket().equals(client.value()) && q.seq() > send.seq(), WAIT);
            assertEquals(QueueSource.EXACT, in.source());
            assertEquals(10, in.recvQ());
            assertEquals(10, out.sendQ(), "bytes sent and not yet read wait in the peer's receive queue");
            assertEquals(10, Ss.unixRecvQ(path), "ss -x Recv-Q of the accepted socket");
        }
    }

    @Test
    void udpDropCounterEqualsTheDatagramsLost() throws Exception {
        try (Engine engine = Engines.start(NO_SAMPLER)) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId rx = engine.openUdp(Family.INET, "receiver");
            SocketId tx = engine.openUdp(Family.INET, "sender");
            engine.setOption(rx, EngineOption.SO_RCVBUF, 2048);
            String at = get(engine.bind(rx, "127.0.0.1:0"), Bind.class).local();
            int sent = 60;
            SendTo lastSend = null;
            for (int i = 0; i < sent; i++) {
                lastSend = get(engine.sendTo(tx, at, new byte[500]), SendTo.class);
            }
            long after = lastSend.seq();
            // the last datagram was dropped, so the receiver's drop counter changed with it
            Queues full = (Queues) rec.await(e -> e instanceof Queues q && q.socket().equals(rx.value()) && q.seq() > after, WAIT);
            assertEquals(Ss.udpColumns(at)[0], full.recvQ(), "memory queued equals rx_queue of /proc/net/udp");
            assertEquals(Ss.udpColumns(at)[1], full.drops(), "drops so far equal /proc/net/udp");
            engine.setOption(rx, EngineOption.BLOCKING, false);
            int received = 0;
            Event got;
            while ((got = engine.recvFrom(rx, 1000).get(10, TimeUnit.SECONDS)) instanceof RecvFrom) {
                received++;
            }
            long end = got.seq();
            rec.await(e -> e.seq() == end, WAIT);
            int lost = sent - received;
            assertTrue(lost > 0, "a 2 KiB receive buffer cannot hold 60 datagrams of 500 bytes");
            Queues last = null;
            for (Event e : rec.events()) {
                if (e instanceof Queues q && q.socket().equals(rx.value())) {
                    last = q;
                }
            }
            assertNotNull(last);
            assertEquals(QueueSource.EXACT_MEMORY, last.source());
            assertEquals(lost, last.drops(), "the drop counter after the last call");
            assertEquals(lost, Ss.udpColumns(at)[1], "/proc/net/udp drops of the receiver");
            assertEquals(0, last.recvQ(), "everything queued was read");
        }
    }

    @Test
    void failedRecvLeavesNoStaleFigure() throws Exception {
        try (Engine engine = Engines.start(NO_SAMPLER)) {
            Pair p = Pair.open(engine);
            engine.setOption(p.child(), EngineOption.BLOCKING, false);
            Failure f = get(engine.recv(p.child(), 10), Failure.class);
            assertEquals(ErrorKind.WOULD_BLOCK, f.kind());
        }
    }

    private static void assertNoEventBetween(Recorder rec, long from, long to, SocketId... sockets) {
        List<String> ids = java.util.Arrays.stream(sockets).map(SocketId::value).toList();
        for (Event e : rec.events()) {
            if (e.seq() > from && e.seq() < to && !(e instanceof Queues) && !(e instanceof io.sockscope.model.event.StateChange)
                    && ids.contains(e.socket())) {
                throw new AssertionError("a call came between the send and its figures: " + e);
            }
        }
    }

    /** Reads what {@code ss} and /proc/net report, by address. */
    static final class Ss {
        private Ss() {
        }

        static String run(String... args) throws Exception {
            Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(10, TimeUnit.SECONDS), "ss finished");
            return out;
        }

        /** Recv-Q and Send-Q of the established TCP socket with this local and peer address. */
        static int[] tcpQueues(String local, String peer) throws Exception {
            for (String line : run("ss", "-tnH", "state", "established").split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 4 && f[2].equals(local) && f[3].equals(peer)) {
                    return new int[] {Integer.parseInt(f[0]), Integer.parseInt(f[1])};
                }
            }
            throw new AssertionError("no ss row " + local + " " + peer);
        }

        /** Recv-Q (accept queue) and Send-Q (backlog) of the listener at {@code local}. */
        static int[] listenQueues(String local) throws Exception {
            for (String line : run("ss", "-ltnH").split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 5 && f[3].equals(local)) {
                    return new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])};
                }
            }
            throw new AssertionError("no listening ss row " + local);
        }

        /** Recv-Q of the connected Unix socket named {@code path} (the accepted one). */
        static int unixRecvQ(String path) throws Exception {
            for (String line : run("ss", "-xnH").split("\n")) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 5 && f[1].equals("ESTAB") && f[4].equals(path)) {
                    return Integer.parseInt(f[2]);
                }
            }
            throw new AssertionError("no ss -x row for " + path);
        }

        /** rx_queue and drops of /proc/net/udp for the socket bound at {@code local} (IPv4). */
        static int[] udpColumns(String local) throws Exception {
            int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
            String want = String.format(":%04X", port);
            for (String line : Files.readAllLines(Path.of("/proc/net/udp"))) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 13 && f[1].endsWith(want)) {
                    return new int[] {Integer.parseInt(f[4].substring(f[4].indexOf(':') + 1), 16), Integer.parseInt(f[12])};
                }
            }
            throw new AssertionError("no /proc/net/udp row for " + local);
        }
    }
}
