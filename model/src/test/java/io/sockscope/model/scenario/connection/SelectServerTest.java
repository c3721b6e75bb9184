package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Register;
import io.sockscope.model.event.Select;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SelectServerTest {
    private static ScenarioRecording rec;
    private static String server;
    private static String selector;
    private static String conn1;
    private static String conn2;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new SelectServer());
        server = rec.of(Listen.class).get(0).socket();
        selector = rec.of(Open.class).stream().filter(o -> o.proto() == Proto.SELECTOR).findFirst().orElseThrow().socket();
        List<Accept> accepts = rec.of(Accept.class);
        conn1 = accepts.get(0).child();
        conn2 = accepts.get(1).child();
    }

    @Test
    void marksThirteenSteps() {
        assertSteps(rec, 13);
    }

    @Test
    void listenerIsRegisteredForAcceptAndReportedReady() {
        Register reg = rec.inStep(2, Register.class).get(0);
        assertEquals(server, reg.socket());
        assertEquals(selector, reg.selector());
        assertEquals("A", reg.interest());
        assertEquals(Map.of(server, "A"), ready(only(4)));
    }

    @Test
    void nonBlockingAcceptTakesTwoThenWouldBlock() {
        assertEquals(2, rec.inStep(5, Accept.class).size());
        Failure f = rec.inStep(5, Failure.class).get(0);
        assertEquals(server, f.socket());
        assertEquals("accept", f.call());
        assertEquals(ErrorKind.WOULD_BLOCK, f.kind());
        assertEquals(List.of(conn1 + ":R", conn2 + ":R"), rec.inStep(6, Register.class).stream()
                .map(r -> r.socket() + ":" + r.interest()).collect(Collectors.toList()));
    }

    @Test
    void idleSelectWaitsOnTheServerThreadAndTimesOutEmpty() {
        Select idle = only(7);
        assertEquals(300, idle.timeoutMs());
        assertEquals(0, idle.selected());
        assertEquals(3, idle.keys().size());
        assertTrue(ready(idle).isEmpty());
        Block block = rec.inStep(7, Block.class).get(0);
        assertEquals(selector, block.socket());
        assertEquals("select", block.call());
        assertEquals("server", block.thread());
    }

    @Test
    void onlyTheSocketWithDataIsReadyAndOnlyItIsRead() {
        Select s = only(8);
        assertEquals(1, s.selected());
        assertEquals(Map.of(conn2, "R"), ready(s));
        Recv got = rec.inStep(9, Recv.class).get(0);
        assertEquals(conn2, got.socket());
        assertEquals(4, got.done());
        assertEquals(conn2 + ":W", rec.inStep(9, Register.class).stream()
                .map(r -> r.socket() + ":" + r.interest()).findFirst().orElseThrow());
    }

    @Test
    void interestGoesToWriteForTheReplyAndBack() {
        Select s = only(10);
        assertEquals(Map.of(conn2, "W"), ready(s));
        KeyState row = s.keys().stream().filter(k -> k.socket().equals(conn2)).findFirst().orElseThrow();
        assertEquals("W", row.interest());
        Send reply = rec.inStep(10, Send.class).get(0);
        assertEquals(conn2, reply.socket());
        assertEquals(4, reply.done());
        assertEquals("R", rec.inStep(10, Register.class).get(0).interest());
        assertEquals(4, rec.inStep(11, Recv.class).get(0).done());
    }

    @Test
    void endOfStreamShowsAsReadable() {
        assertEquals(Map.of(conn1, "R"), ready(only(12)));
        List<Recv> reads = rec.of(Recv.class, conn1);
        assertEquals(1, reads.size(), "the silent client's socket is read once, at end of stream");
        assertEquals(-1, reads.get(0).done());
    }

    @Test
    void noServerSocketCallEverBlocks() {
        List<Block> blocks = rec.of(Block.class).stream()
                .filter(b -> b.socket().equals(server) || b.socket().equals(conn1) || b.socket().equals(conn2))
                .collect(Collectors.toList());
        assertTrue(blocks.isEmpty(), "non-blocking sockets never block: " + blocks);
    }

    private static Select only(int step) {
        List<Select> selects = rec.inStep(step, Select.class);
        assertEquals(1, selects.size(), "one select in step " + step);
        return selects.get(0);
    }

    private static Map<String, String> ready(Select s) {
        return s.keys().stream().filter(k -> !k.ready().isEmpty())
                .collect(Collectors.toMap(KeyState::socket, KeyState::ready));
    }
}
