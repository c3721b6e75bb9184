package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Send;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FailuresTest {

    /** A loopback port nobody listens on: bound, then released. */
    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return s.getLocalPort();
        }
    }

    @Test
    void connectToAPortNobodyListensOnIsRefused() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId c = engine.openTcp(Family.INET, "client");
            Failure f = get(engine.connect(c, "127.0.0.1:" + freePort()), Failure.class);
            assertEquals(ErrorKind.REFUSED, f.kind());
            assertEquals("connect", f.call());
            assertTrue(f.message().contains("refused"), f.message());
        }
    }

    @Test
    void nonBlockingConnectToAClosedPortFailsOnFinish() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId c = engine.openTcp(Family.INET, "client");
            engine.setOption(c, EngineOption.BLOCKING, false);
            Event first = engine.connect(c, "127.0.0.1:" + freePort()).get(10, TimeUnit.SECONDS);
            Event outcome = first instanceof Failure ? first : engine.finishConnect(c).get(10, TimeUnit.SECONDS);
            while (outcome instanceof Failure f && f.kind() == ErrorKind.WOULD_BLOCK) {
                outcome = engine.finishConnect(c).get(10, TimeUnit.SECONDS);
            }
            assertEquals(ErrorKind.REFUSED, ((Failure) outcome).kind(), outcome.toString());
        }
    }

    @Test
    void bindingATakenPortReportsAddressInUse() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId a = engine.openTcp(Family.INET, "server");
            SocketId b = engine.openTcp(Family.INET, "server");
            String local = get(engine.bind(a, "127.0.0.1:0"), Bind.class).local();
            engine.listen(a, 5);
            Failure f = get(engine.bind(b, local), Failure.class);
            assertEquals(ErrorKind.ADDRESS_IN_USE, f.kind());
            assertTrue(f.message().contains("in use"), f.message());
        }
    }

    @Test
    void abortiveCloseResetsThePeersRecv() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Pair p = Pair.open(engine);
            Close close = get(engine.abort(p.client()), Close.class);
            assertTrue(close.abortive());
            Failure f = get(engine.recv(p.child(), 100), Failure.class);
            assertEquals(ErrorKind.RESET, f.kind());
            assertTrue(f.message().contains("reset"), f.message());
        }
    }

    @Test
    void sendAfterThePeerResetFails() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Pair p = Pair.open(engine);
            get(engine.abort(p.client()), Close.class);
            Event outcome = engine.send(p.child(), new byte[100]).get(10, TimeUnit.SECONDS);
            // the first write after a reset may still be accepted by a kernel that has not seen the RST yet
            for (int i = 0; i < 10 && outcome instanceof Send; i++) {
                outcome = engine.send(p.child(), new byte[100]).get(10, TimeUnit.SECONDS);
            }
            Failure f = (Failure) outcome;
            assertEquals(ErrorKind.RESET, f.kind(), f.toString());
        }
    }

    @Test
    void callsOnAClosedSocketFailWithClosed() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Pair p = Pair.open(engine);
            get(engine.close(p.client()), Close.class);
            Failure send = get(engine.send(p.client(), new byte[] {1}), Failure.class);
            assertEquals(ErrorKind.CLOSED, send.kind());
            assertTrue(send.message().contains(p.client().value()), send.message());
            assertEquals(ErrorKind.CLOSED, get(engine.close(p.client()), Failure.class).kind());
        }
    }

    @Test
    void unknownSocketIdIsAnIllegalState() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Failure f = get(engine.recv(SocketId.of("s99"), 10), Failure.class);
            assertEquals(ErrorKind.ILLEGAL_STATE, f.kind());
            assertEquals("s99", f.socket());
            assertTrue(f.message().contains("no socket s99"), f.message());
            // the engine keeps running
            SocketId s = engine.openTcp(Family.INET, "x");
            get(engine.bind(s, "127.0.0.1:0"), Bind.class);
        }
    }

    @Test
    void sendOnAnUnconnectedSocketIsNotConnected() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId s = engine.openTcp(Family.INET, "client");
            engine.setOption(s, EngineOption.BLOCKING, false);
            assertEquals(ErrorKind.NOT_CONNECTED, get(engine.send(s, new byte[] {1}), Failure.class).kind());
        }
    }

    @Test
    void nonBlockingAcceptWithNobodyWaitingWouldBlock() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId s = engine.openTcp(Family.INET, "server");
            engine.bind(s, ":0");
            engine.listen(s, 1);
            get(engine.setOption(s, EngineOption.BLOCKING, false), OptionSet.class);
            Failure f = get(engine.accept(s), Failure.class);
            assertEquals(ErrorKind.WOULD_BLOCK, f.kind());
        }
    }

    @Test
    void registeringABlockingSocketIsIllegal() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId sel = engine.openSelector("server");
            SocketId s = engine.openTcp(Family.INET, "server");
            Failure f = get(engine.register(sel, s, Interest.READ), Failure.class);
            assertEquals(ErrorKind.ILLEGAL_STATE, f.kind());
            assertTrue(f.message().contains("IllegalBlockingModeException"), f.message());
        }
    }

    @Test
    void badArgumentsBecomeFailuresNotExceptions() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId s = engine.openTcp(Family.INET, "client");
            Failure f = get(engine.connect(s, "127.0.0.1:notaport"), Failure.class);
            assertFalse(f.message().isEmpty());
            Failure blocking = get(engine.register(engine.openSelector("x"), s, Interest.READ), Failure.class);
            assertEquals(ErrorKind.ILLEGAL_STATE, blocking.kind(), "a blocking channel cannot be registered");
            get(engine.bind(s, "127.0.0.1:0"), Bind.class);
        }
    }

    @Test
    void unknownOptionNamesAndInterestLettersAreRefusedBeforeAnyCall() {
        assertTrue(EngineOption.named("SO_NOPE").isEmpty());
        assertEquals(EngineOption.SO_RCVTIMEO, EngineOption.named(" so_rcvtimeo ").orElseThrow());
        assertEquals(250L, EngineOption.SO_RCVTIMEO.parse("250"));
        assertEquals(true, EngineOption.SO_REUSEADDR.parse("on"));
        assertEquals(false, EngineOption.BLOCKING.parse("0"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> EngineOption.SO_RCVBUF.parse("big"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> EngineOption.TCP_NODELAY.parse("yes"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Interest.parse("Z"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Interest.parse("RR"));
        assertEquals("ACRW", Interest.parse("wrca").letters());
        assertEquals("", Interest.parse("").letters());
    }

    @Test
    void commandsAfterEngineCloseCompleteWithClosed() throws Exception {
        Engine engine = Engines.start(EngineConfig.defaults());
        SocketId s = engine.openTcp(Family.INET, "client");
        engine.close();
        Failure f = get(engine.connect(s, "127.0.0.1:1"), Failure.class);
        assertEquals(ErrorKind.CLOSED, f.kind());
    }

    @Test
    void nonBlockingConnectReportsInProgressThenConnected() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId server = engine.openTcp(Family.INET, "server");
            String port = Pair.port(get(engine.bind(server, "127.0.0.1:0"), Bind.class).local());
            engine.listen(server, 5);
            SocketId c = engine.openTcp(Family.INET, "client");
            engine.setOption(c, EngineOption.BLOCKING, false);
            Connect first = get(engine.connect(c, "127.0.0.1:" + port), Connect.class);
            assertEquals("127.0.0.1:" + port, first.remote());
            Event done = first;
            while (!(done instanceof Connect k && k.state() == io.sockscope.model.event.ConnectState.CONNECTED)) {
                done = engine.finishConnect(c).get(10, TimeUnit.SECONDS);
                assertTrue(done instanceof Connect || ((Failure) done).kind() == ErrorKind.WOULD_BLOCK, done.toString());
            }
            assertEquals(first.local(), ((Connect) done).local());
        }
    }

    @Test
    void callsOutOfOrderAreIllegalStates() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId tcp = engine.openTcp(Family.INET, "server");
            Failure accept = get(engine.accept(tcp), Failure.class);
            assertEquals(ErrorKind.ILLEGAL_STATE, accept.kind());
            assertTrue(accept.message().contains("listen"), accept.message());
            SocketId unix = engine.openUnix("server");
            assertEquals(ErrorKind.ILLEGAL_STATE, get(engine.listen(unix, 1), Failure.class).kind());
            get(engine.bind(tcp, "127.0.0.1:0"), Bind.class);
            engine.listen(tcp, 1);
            assertEquals(ErrorKind.ILLEGAL_STATE, get(engine.listen(tcp, 2), Failure.class).kind());
            assertEquals(ErrorKind.ILLEGAL_STATE, get(engine.send(tcp, new byte[1]), Failure.class).kind());
            assertEquals(ErrorKind.ILLEGAL_STATE, get(engine.connect(tcp, "127.0.0.1:1"), Failure.class).kind());
        }
    }
}
