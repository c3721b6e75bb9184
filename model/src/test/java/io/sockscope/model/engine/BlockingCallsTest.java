package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Wake;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BlockingCallsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void blockedAcceptIsWokenByAConnect() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId server = engine.openTcp(Family.INET, "server");
            String port = Pair.port(get(engine.bind(server, "127.0.0.1:0"), Bind.class).local());
            engine.listen(server, 5);
            CompletableFuture<Event> accept = engine.accept(server);
            Block block = (Block) rec.await(e -> e instanceof Block b && b.socket().equals(server.value()), WAIT);
            assertEquals("accept", block.call());
            assertEquals("server", block.thread());
            assertFalse(accept.isDone(), "accept returned with nobody connecting");

            SocketId client = engine.openTcp(Family.INET, "client");
            engine.connect(client, "127.0.0.1:" + port);
            Accept a = get(accept, Accept.class);
            Wake wake = (Wake) rec.await(e -> e instanceof Wake w && w.socket().equals(server.value()), WAIT);
            assertEquals("accept", wake.call());
            assertEquals("server", wake.thread());
            assertEquals(a.seq() - 1, wake.seq(), "wake comes right before the accept");
            assertTrue(block.seq() < wake.seq());
        }
    }

    @Test
    void blockedRecvIsCutShortByClose() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            Pair p = Pair.open(engine);
            CompletableFuture<Event> recv = engine.recv(p.child(), 100);
            rec.await(e -> e instanceof Block b && b.socket().equals(p.child().value()), WAIT);
            engine.close(p.child());
            Failure f = get(recv, Failure.class);
            assertEquals(ErrorKind.CLOSED, f.kind());
            assertEquals("cut short: socket closed", f.message());
            Event before = rec.await(e -> e.seq() == f.seq() - 1, WAIT);
            assertTrue(before instanceof Wake, "wake right before the outcome: " + before);
        }
    }

    @Test
    void receiveTimeoutEndsAWaitingRecv() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Pair p = Pair.open(engine);
            engine.setOption(p.child(), EngineOption.SO_RCVTIMEO, 200L);
            long start = System.nanoTime();
            Failure f = get(engine.recv(p.child(), 10), Failure.class);
            assertEquals(ErrorKind.TIMED_OUT, f.kind());
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(190), "waited the timeout");
        }
    }

    @Test
    void onThreadRunsBlockingCallsOnTheNamedWorker() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            Pair p = Pair.open(engine);
            CompletableFuture<Event> recv = engine.onThread("worker-1").recv(p.child(), 100);
            Block b = (Block) rec.await(e -> e instanceof Block x && x.socket().equals(p.child().value()), WAIT);
            assertEquals("worker-1", b.thread());
            get(engine.send(p.client(), new byte[] {1, 2, 3}), Send.class);
            assertEquals(3, get(recv, Recv.class).done());
        }
    }

    @Test
    void blockingSendWaitsUntilEveryByteIsBuffered() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            Pair p = Pair.open(engine);
            get(engine.setOption(p.client(), EngineOption.SO_SNDBUF, 4096), io.sockscope.model.event.OptionSet.class);
            byte[] big = new byte[4 * 1024 * 1024];
            CompletableFuture<Event> send = engine.send(p.client(), big);
            rec.await(e -> e instanceof Block b && b.socket().equals(p.client().value()), WAIT);
            long read = 0;
            while (read < big.length) {
                Recv r = get(engine.recv(p.child(), 65536), Recv.class);
                read += r.done();
            }
            Send s = get(send, Send.class);
            assertEquals(big.length, s.requested());
            assertEquals(big.length, s.done());
            rec.await(e -> e.seq() == s.seq(), WAIT); // delivery is asynchronous
            List<String> kinds = rec.events().stream().filter(e -> p.client().value().equals(e.socket()))
                    .map(e -> e.type().wireName()).collect(Collectors.toList());
            assertTrue(kinds.indexOf("block") < kinds.indexOf("wake") && kinds.indexOf("wake") < kinds.indexOf("send"), kinds.toString());
        }
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void connectToAFullAcceptQueueBlocksUntilItsTimeout() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId server = engine.openTcp(Family.INET, "server");
            String port = Pair.port(get(engine.bind(server, "127.0.0.1:0"), Bind.class).local());
            engine.listen(server, 1);
            // Linux queues backlog + 1 connections and then drops further SYNs
            for (int i = 0; i < 2; i++) {
                SocketId c = engine.openTcp(Family.INET, "early");
                get(engine.connect(c, "127.0.0.1:" + port), io.sockscope.model.event.Connect.class);
            }
            SocketId late = engine.openTcp(Family.INET, "late");
            engine.setOption(late, EngineOption.SO_RCVTIMEO, 300L);
            Failure f = get(engine.connect(late, "127.0.0.1:" + port), Failure.class);
            assertEquals(ErrorKind.TIMED_OUT, f.kind(), f.toString());
            Block b = (Block) rec.await(e -> e instanceof Block x && x.socket().equals(late.value()), WAIT);
            assertEquals("connect", b.call());
            assertEquals("late", b.thread());
        }
    }
}
