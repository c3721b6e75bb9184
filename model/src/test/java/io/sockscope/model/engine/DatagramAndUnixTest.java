package io.sockscope.model.engine;

import static io.sockscope.model.engine.Recorder.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.SendTo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DatagramAndUnixTest {

    @Test
    void datagramsKeepBoundariesAndNameTheirPeer() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId a = engine.openUdp(Family.INET, "server");
            SocketId b = engine.openUdp(Family.INET, "client");
            String aAddr = get(engine.bind(a, "127.0.0.1:0"), Bind.class).local();
            String bAddr = get(engine.bind(b, "127.0.0.1:0"), Bind.class).local();
            SendTo s1 = get(engine.sendTo(b, aAddr, bytes("one")), SendTo.class);
            get(engine.sendTo(b, aAddr, bytes("second")), SendTo.class);
            assertEquals(aAddr, s1.peer());
            assertEquals(3, s1.done());
            RecvFrom r1 = get(engine.recvFrom(a, 100), RecvFrom.class);
            RecvFrom r2 = get(engine.recvFrom(a, 100), RecvFrom.class);
            assertEquals(bAddr, r1.peer());
            assertEquals(3, r1.done());
            assertEquals(6, r2.done(), "each recvfrom takes one whole datagram");
            assertArrayEquals(bytes("second"), r2.payload().bytes());
        }
    }

    @Test
    void connectedDatagramSocketSendsToItsPeer() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId a = engine.openUdp(Family.INET6, "server");
            SocketId b = engine.openUdp(Family.INET6, "client");
            String aAddr = get(engine.bind(a, "[::1]:0"), Bind.class).local();
            assertTrue(aAddr.startsWith("[::1]:"), aAddr);
            Connect c = get(engine.connect(b, aAddr), Connect.class);
            assertEquals(aAddr, c.remote());
            SendTo s = get(engine.send(b, bytes("hi")), SendTo.class);
            assertEquals(aAddr, s.peer());
            RecvFrom r = get(engine.recvFrom(a, 1), RecvFrom.class);
            assertEquals(c.local(), r.peer());
            assertEquals(1, r.done(), "a datagram longer than the buffer is cut");
        }
    }

    @Test
    void connectedDatagramSocketHearsThatNobodyListens() throws Exception {
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            SocketId gone = engine.openUdp(Family.INET, "server");
            String address = get(engine.bind(gone, "127.0.0.1:0"), Bind.class).local();
            get(engine.close(gone), Close.class);
            SocketId b = engine.openUdp(Family.INET, "client");
            get(engine.connect(b, address), Connect.class);
            engine.setOption(b, EngineOption.SO_RCVTIMEO, 5000L);
            get(engine.send(b, bytes("anyone?")), SendTo.class);
            Failure f = get(engine.recv(b, 100), Failure.class);
            assertEquals(ErrorKind.REFUSED, f.kind(), "the ICMP port-unreachable comes back as a refusal: " + f);
        }
    }

    @Test
    void unixSocketFileAppearsOnBindAndGoesOnClose(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("echo.sock");
        try (Engine engine = Engines.start(EngineConfig.defaults())) {
            Recorder rec = new Recorder();
            engine.subscribe(rec);
            SocketId server = engine.openUnix("server");
            SocketId client = engine.openUnix("client");
            assertEquals(file.toString(), get(engine.bind(server, file.toString()), Bind.class).local());
            assertTrue(Files.exists(file));
            get(engine.listen(server, 3), Listen.class);
            assertTrue(Files.exists(file), "still there after listen");
            Connect c = get(engine.connect(client, file.toString()), Connect.class);
            assertEquals(file.toString(), c.remote());
            Accept a = get(engine.accept(server), Accept.class);
            assertEquals(file.toString(), a.local());
            assertEquals("", a.remote(), "Unix clients are unnamed");
            get(engine.send(client, bytes("ping")), Send.class);
            Recv r = get(engine.recv(SocketId.of(a.child()), 10), Recv.class);
            assertArrayEquals(bytes("ping"), r.payload().bytes());
            get(engine.close(client), Close.class);
            assertEquals(-1, get(engine.recv(SocketId.of(a.child()), 10), Recv.class).done());
            get(engine.close(server), Close.class);
            assertFalse(Files.exists(file), "socket file removed on close");
            Open open = (Open) rec.await(e -> e instanceof Open o && o.socket().equals(server.value()), Duration.ofSeconds(5));
            assertEquals(Proto.UNIX, open.proto());
            assertEquals(Family.UNIX, open.family());
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
