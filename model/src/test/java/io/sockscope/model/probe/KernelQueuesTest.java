package io.sockscope.model.probe;

import io.sockscope.model.engine.SocketId;
import io.sockscope.model.engine.EngineOption;
import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.engine.Engine;
import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.engine.Engines;
import io.sockscope.model.engine.Pair;
import io.sockscope.model.engine.Recorder;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX)
class KernelQueuesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void nonBlockingSendToASilentReaderIsPartialAndFillsBothQueues() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId server = engine.openTcp(Family.INET, "server");
            SocketId client = engine.openTcp(Family.INET, "client");
            get(engine.setOption(server, EngineOption.SO_RCVBUF, 4096), OptionSet.class);
            get(engine.setOption(client, EngineOption.SO_SNDBUF, 4096), OptionSet.class);
            String port = Pair.port(get(engine.bind(server, "127.0.0.1:0"), Bind.class).local());
            engine.listen(server, 1);
            engine.connect(client, "127.0.0.1:" + port);
            SocketId child = SocketId.of(get(engine.accept(server), Accept.class).child());
            engine.setOption(client, EngineOption.BLOCKING, false);
            Send send = get(engine.send(client, new byte[1 << 20]), Send.class);
            assertTrue(send.done() > 0 && send.done() < send.requested(), "partial send: " + send);

            Queues mine = get(engine.probe(client), Queues.class);
            Queues peer = get(engine.probe(child), Queues.class);
            assertEquals(QueueSource.EXACT, mine.source());
            assertTrue(mine.sendQ() > 0, "send queue holds unacknowledged bytes: " + mine);
            assertTrue(peer.recvQ() > 0, "peer's receive queue holds unread bytes: " + peer);
            // bytes the peer holds but has not acknowledged yet count in both queues, so each is bounded, not the sum
            assertTrue(mine.sendQ() <= send.done() && peer.recvQ() <= send.done(), "no more than was sent: " + mine + " " + peer);
            assertEquals(8192, mine.sndBuf(), "kernel holds twice the 4096 asked");
            assertEquals(-1, mine.acceptQ());

            Queues periodic = (Queues) rec.await(e -> e instanceof Queues q && q.socket().equals(client.value()) && q.sendQ() > 0, WAIT);
            assertEquals(QueueSource.EXACT, periodic.source());
        }
    }

    @Test
    void acceptQueueFillsToTheBacklogWhileNobodyAccepts() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId server = engine.openTcp(Family.INET6, "server");
            String port = Pair.port(get(engine.bind(server, "[::1]:0"), Bind.class).local());
            engine.listen(server, 2);
            for (int i = 0; i < 5; i++) {
                SocketId c = engine.openTcp(Family.INET6, "client");
                engine.setOption(c, EngineOption.BLOCKING, false);
                engine.connect(c, "[::1]:" + port);
            }
            long end = System.nanoTime() + WAIT.toNanos();
            Queues q = get(engine.probe(server), Queues.class);
            while (q.acceptQ() < 2 && System.nanoTime() < end) {
                Thread.onSpinWait();
                q = get(engine.probe(server), Queues.class);
            }
            assertEquals(2, q.backlog());
            assertTrue(q.acceptQ() >= 2, "accept queue reached the backlog: " + q);
            assertTrue(q.acceptQ() <= 3, "Linux queues at most backlog + 1: " + q);
            assertEquals(QueueSource.EXACT, q.source());
        }
    }

    @Test
    void udpQueuesCountKernelMemory() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId a = engine.openUdp(Family.INET, "server");
            SocketId b = engine.openUdp(Family.INET, "client");
            String to = get(engine.bind(a, "127.0.0.1:0"), Bind.class).local();
            get(engine.sendTo(b, to, new byte[100]), SendTo.class);
            Queues q = get(engine.probe(a), Queues.class);
            assertEquals(QueueSource.EXACT_MEMORY, q.source());
            assertTrue(q.recvQ() > 100, "memory per datagram exceeds its 100 payload bytes: " + q);
        }
    }

    @Test
    void unixQueuesAreKernelBytesAndTheListenersQueueIsCounted(@TempDir Path dir) throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            String path = dir.resolve("q.sock").toString();
            SocketId server = engine.openUnix("server");
            SocketId client = engine.openUnix("client");
            engine.bind(server, path);
            engine.listen(server, 4);
            get(engine.connect(client, path), io.sockscope.model.event.Connect.class);
            Queues waiting = get(engine.probe(server), Queues.class);
            assertEquals(1, waiting.acceptQ());
            assertEquals(4, waiting.backlog());
            SocketId child = SocketId.of(get(engine.accept(server), Accept.class).child());
            get(engine.send(client, new byte[10]), Send.class);
            Queues r = get(engine.probe(child), Queues.class);
            Queues s = get(engine.probe(client), Queues.class);
            assertEquals(QueueSource.ESTIMATE, waiting.source(), "a Unix listener's queue is counted by the engine");
            assertEquals(QueueSource.EXACT, r.source());
            assertEquals(10, r.recvQ());
            assertEquals(10, s.sendQ());
        }
    }

    @Test
    void probeOfAnUnchangedSocketReturnsTheLastSample() throws Exception {
        try (Engine engine = Engines.start(new EngineConfig(0, 0))) {
            Pair p = Pair.open(engine);
            Queues first = get(engine.probe(p.child()), Queues.class);
            Event again = engine.probe(p.child()).get(10, TimeUnit.SECONDS);
            assertEquals(first, again, "no new event when nothing changed");
        }
    }

    @Test
    void aListeningSocketKeepsTheDescriptorNumberItOpenedWith() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults()); ProcNet.Table tcp = new ProcNet.Table("tcp")) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId server = engine.openTcp(Family.INET, "server");
            get(engine.bind(server, "127.0.0.1:0"), Bind.class);
            get(engine.listen(server, 3), io.sockscope.model.event.Listen.class);
            io.sockscope.model.event.Open open = (io.sockscope.model.event.Open) rec.await(
                    e -> e instanceof io.sockscope.model.event.Open o && o.socket().equals(server.value()), WAIT);
            String link = java.nio.file.Files.readSymbolicLink(Path.of("/proc/self/fd/" + open.fd())).toString();
            long inode = Long.parseLong(link.substring(8, link.length() - 1));
            assertEquals(ProcNet.STATE_LISTEN, tcp.read().get(inode).state(),
                    "fd " + open.fd() + " from the open event is the listening socket after listen");
        }
    }

    @Test
    void aProbeAfterCallsGivesAFreshSampleEvenWhenTheFiguresRepeat() throws Exception {
        try (Engine engine = Engines.start(new EngineConfig(0, 0))) {
            SocketId a = engine.openUdp(Family.INET, "server");
            SocketId b = engine.openUdp(Family.INET, "client");
            String to = get(engine.bind(a, "127.0.0.1:0"), Bind.class).local();
            get(engine.sendTo(b, to, new byte[100]), SendTo.class);
            Queues first = get(engine.probe(a), Queues.class);
            get(engine.recvFrom(a, 200), io.sockscope.model.event.RecvFrom.class);
            SendTo again = get(engine.sendTo(b, to, new byte[100]), SendTo.class);
            Queues second = get(engine.probe(a), Queues.class);
            assertEquals(first.recvQ(), second.recvQ(), "same size, same kernel memory");
            assertTrue(second.seq() > again.seq(), "a new sample after the recvfrom and send, not the old one");
        }
    }
}
