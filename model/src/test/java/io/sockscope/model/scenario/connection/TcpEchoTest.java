package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertInOrder;
import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.support.Calls;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TcpEchoTest {
    private static final byte[] HELLO = "hello".getBytes(StandardCharsets.US_ASCII);
    private static ScenarioRecording rec;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new TcpEcho());
    }

    @Test
    void marksFourteenStepsInOrder() {
        assertSteps(rec, 14);
    }

    @Test
    void followsThePseudoCodeCallForCall() {
        List<Open> opens = rec.of(Open.class);
        assertEquals(2, opens.size(), "server and client socket");
        String server = opens.get(0).socket();
        String client = opens.get(1).socket();
        assertEquals("server", opens.get(0).owner());
        assertEquals("client", opens.get(1).owner());
        opens.forEach(o -> assertEquals(Proto.TCP, o.proto()));
        opens.forEach(o -> assertEquals(Family.INET, o.family()));

        Bind bind = rec.of(Bind.class, server).get(0);
        Listen listen = rec.of(Listen.class, server).get(0);
        Connect connect = rec.of(Connect.class, client).get(0);
        Accept accept = rec.of(Accept.class, server).get(0);
        String child = accept.child();
        Send hello = rec.of(Send.class, client).get(0);
        List<Recv> serverRecvs = rec.of(Recv.class, child);
        Send echo = rec.of(Send.class, child).get(0);
        Recv reply = rec.of(Recv.class, client).get(0);
        Close clientClose = rec.of(Close.class, client).get(0);
        Close childClose = rec.of(Close.class, child).get(0);
        Close serverClose = rec.of(Close.class, server).get(0);

        assertInOrder(rec, opens.get(0), bind, listen, opens.get(1), connect, accept, hello, serverRecvs.get(0),
                echo, reply, clientClose, serverRecvs.get(1), childClose, serverClose);
        assertEquals(5, listen.backlog());
        assertTrue(bind.local().startsWith("127.0.0.1:"));
        assertTrue(Calls.port(bind.local()) > 0, "the kernel picked a real port");
        assertEquals(ConnectState.CONNECTED, connect.state());
        assertEquals(bind.local(), connect.remote());
        assertNotEquals(Calls.port(bind.local()), Calls.port(connect.local()), "client has an ephemeral port");
        assertEquals(bind.local(), accept.local(), "accepted socket has the server's port");
        assertEquals(connect.local(), accept.remote(), "accepted socket's peer is the client");
        assertNotEquals(server, child);
    }

    @Test
    void echoesTheFiveBytesBack() {
        Accept accept = rec.of(Accept.class).get(0);
        Send hello = rec.of(Send.class).get(0);
        Recv got = rec.of(Recv.class, accept.child()).get(0);
        Send echo = rec.of(Send.class, accept.child()).get(0);
        Recv reply = rec.of(Recv.class, hello.socket()).get(0);
        assertEquals(5, hello.done());
        assertEquals(5, got.done());
        assertArrayEquals(HELLO, got.payload().bytes());
        assertEquals(5, echo.done());
        assertEquals(5, reply.done());
        assertArrayEquals(HELLO, reply.payload().bytes());
    }

    @Test
    void serverSeesEndOfStreamAfterClientCloses() {
        Accept accept = rec.of(Accept.class).get(0);
        List<Recv> recvs = rec.of(Recv.class, accept.child());
        assertEquals(2, recvs.size());
        assertEquals(-1, recvs.get(1).done());
        rec.of(Close.class).forEach(c -> assertFalse(c.abortive(), "orderly close"));
        assertEquals(3, rec.of(Close.class).size());
    }

    @Test
    void listeningSocketNeverMovesData() {
        String server = rec.of(Open.class).get(0).socket();
        assertTrue(rec.of(Send.class, server).isEmpty());
        assertTrue(rec.of(Recv.class, server).isEmpty());
    }
}
