package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TcpLifecycleTest {

    @ParameterizedTest
    @EnumSource(value = Family.class, names = {"INET", "INET6"})
    void echoRoundTripReportsEveryCall(Family family) throws Exception {
        String loop = family == Family.INET ? "127.0.0.1" : "[::1]";
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId server = engine.openTcp(family, "server");
            SocketId client = engine.openTcp(family, "client");
            Bind bind = get(engine.bind(server, loop + ":0"), Bind.class);
            assertTrue(bind.local().startsWith(loop + ":"), bind.local());
            String port = bind.local().substring(bind.local().lastIndexOf(':') + 1);
            assertEquals(5, get(engine.listen(server, 5), Listen.class).backlog());
            Connect c = get(engine.connect(client, loop + ":" + port), Connect.class);
            assertEquals(ConnectState.CONNECTED, c.state());
            Accept a = get(engine.accept(server), Accept.class);
            assertEquals(bind.local(), a.local());
            assertEquals(c.local(), a.remote());
            assertTrue(a.fd() > 2, "fd " + a.fd());

            byte[] hello = "hello".getBytes(StandardCharsets.US_ASCII);
            Send s = get(engine.send(client, hello), Send.class);
            assertEquals(5, s.requested());
            assertEquals(5, s.done());
            Recv r = get(engine.recv(SocketId.of(a.child()), 100), Recv.class);
            assertEquals(100, r.requested());
            assertEquals(5, r.done());
            assertArrayEquals(hello, r.payload().bytes());
            assertTrue(r.seq() > s.seq());

            get(engine.close(client), Close.class);
            Recv eof = get(engine.recv(SocketId.of(a.child()), 100), Recv.class);
            assertEquals(-1, eof.done());
            get(engine.close(SocketId.of(a.child())), Close.class);
            get(engine.close(server), Close.class);

            Open open = (Open) rec.await(e -> e instanceof Open o && o.socket().equals(server.value()), java.time.Duration.ofSeconds(5));
            assertEquals(family, open.family());
            assertTrue(open.fd() > 2);
        }
    }

    @Test
    void halfCloseGivesThePeerEndOfStreamWhileItCanStillAnswer() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Pair p = Pair.open(engine);
            get(engine.send(p.client(), "GET /".getBytes(StandardCharsets.US_ASCII)), Send.class);
            Shutdown sh = get(engine.shutdown(p.client(), ShutdownHow.WRITE), Shutdown.class);
            assertEquals(ShutdownHow.WRITE, sh.how());
            assertEquals(5, get(engine.recv(p.child(), 100), Recv.class).done());
            assertEquals(-1, get(engine.recv(p.child(), 100), Recv.class).done(), "end of stream after the peer's shutdown");
            get(engine.send(p.child(), new byte[] {7, 7}), Send.class);
            assertEquals(2, get(engine.recv(p.client(), 100), Recv.class).done(), "the other direction still works");
            get(engine.shutdown(p.client(), ShutdownHow.READ), Shutdown.class);
            assertEquals(-1, get(engine.recv(p.client(), 100), Recv.class).done(), "own input shut: end of stream");
        }
    }

    @Test
    void nonBlockingCallsWithNothingToDoWouldBlockAndSucceedLater() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId server = engine.openTcp(Family.INET, "server");
            String port = Pair.port(get(engine.bind(server, ":0"), Bind.class).local());
            engine.listen(server, 3);
            engine.setOption(server, EngineOption.BLOCKING, false);
            assertEquals(ErrorKind.WOULD_BLOCK, get(engine.accept(server), Failure.class).kind());
            SocketId client = engine.openTcp(Family.INET, "client");
            get(engine.connect(client, "localhost:" + port), Connect.class);
            Accept a = awaitAccept(engine, server);
            engine.setOption(SocketId.of(a.child()), EngineOption.BLOCKING, false);
            assertEquals(ErrorKind.WOULD_BLOCK, get(engine.recv(SocketId.of(a.child()), 10), Failure.class).kind());
            get(engine.send(client, new byte[] {1}), Send.class);
            Event r = engine.recv(SocketId.of(a.child()), 10).get(10, TimeUnit.SECONDS);
            while (r instanceof Failure f && f.kind() == ErrorKind.WOULD_BLOCK) {
                r = engine.recv(SocketId.of(a.child()), 10).get(10, TimeUnit.SECONDS);
            }
            assertEquals(1, ((Recv) r).done());
        }
    }

    private static Accept awaitAccept(Engine engine, SocketId server) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            Event e = engine.accept(server).get(10, TimeUnit.SECONDS);
            if (e instanceof Accept a) {
                return a;
            }
        }
        throw new AssertionError("no connection to accept");
    }

    @Test
    void payloadsAreCappedOrLeftOut() throws Exception {
        try (Engine capped = Engines.start(new EngineConfig(4, 0)); Engine off = Engines.start(new EngineConfig(0, 0))) {
            Pair p = Pair.open(capped);
            Send s = get(capped.send(p.client(), "abcdefgh".getBytes(StandardCharsets.US_ASCII)), Send.class);
            assertArrayEquals("abcd".getBytes(StandardCharsets.US_ASCII), s.payload().bytes());
            assertEquals(8, s.payload().length());
            assertTrue(s.payload().cut());
            Pair q = Pair.open(off);
            Send t = get(off.send(q.client(), new byte[100]), Send.class);
            assertEquals(0, t.payload().kept());
            assertEquals(100, t.payload().length());
            assertEquals(100, get(off.recv(q.child(), 1000), Recv.class).payload().length());
        }
    }
}
