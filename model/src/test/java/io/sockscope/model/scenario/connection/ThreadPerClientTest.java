package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Wake;
import io.sockscope.model.scenario.ScenarioRecording;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadPerClientTest {
    private static ScenarioRecording rec;
    private static String server;
    private static String conn1;
    private static String conn2;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new ThreadPerClient());
        server = rec.of(Listen.class).get(0).socket();
        List<Accept> accepts = rec.of(Accept.class);
        assertEquals(2, accepts.size());
        conn1 = accepts.get(0).child();
        conn2 = accepts.get(1).child();
    }

    @Test
    void marksEightSteps() {
        assertSteps(rec, 8);
    }

    @Test
    void threeThreadsAreBlockedAtOnceBeforeAnyClientSpeaks() {
        assertBlock(rec.inStep(2, Block.class), conn1, "recv", "handler-1");
        assertBlock(rec.inStep(3, Block.class), conn2, "recv", "handler-2");
        assertBlock(rec.inStep(4, Block.class), server, "accept", "server");
        for (int step = 2; step <= 4; step++) {
            assertTrue(rec.inStep(step, Wake.class).isEmpty(), "nobody wakes in step " + step);
        }
        assertTrue(rec.inStep(2, Send.class).isEmpty() && rec.inStep(3, Send.class).isEmpty());
    }

    @Test
    void onlyTheHandlerWhoseClientSpokeWakes() {
        List<Wake> wakes5 = handlerWakes(5);
        assertEquals(1, wakes5.size());
        assertEquals(new Wake(wakes5.get(0).seq(), wakes5.get(0).t(), conn2, "recv", "handler-2"), wakes5.get(0));
        List<Wake> wakes6 = handlerWakes(6);
        assertEquals(1, wakes6.size());
        assertEquals(conn1, wakes6.get(0).socket());
        assertEquals("handler-1", wakes6.get(0).thread());
    }

    @Test
    void eachHandlerReadsAndEchoesItsOwnClient() {
        assertArrayEquals(bytes("from client 2"), rec.inStep(5, Recv.class).stream()
                .filter(r -> r.socket().equals(conn2)).findFirst().orElseThrow().payload().bytes());
        assertArrayEquals(bytes("from client 1"), rec.inStep(6, Recv.class).stream()
                .filter(r -> r.socket().equals(conn1)).findFirst().orElseThrow().payload().bytes());
        assertEquals(13, rec.of(Send.class, conn1).get(0).done());
        assertEquals(13, rec.of(Send.class, conn2).get(0).done());
        assertEquals(4, rec.of(Recv.class).size(), "two handler reads, two echoes read by the clients");
    }

    @Test
    void closingTheListenerCutsTheWaitingAcceptShort() {
        List<Failure> failures = rec.inStep(7, Failure.class);
        assertEquals(1, failures.size());
        assertEquals(server, failures.get(0).socket());
        assertEquals("accept", failures.get(0).call());
        assertEquals(ErrorKind.CLOSED, failures.get(0).kind());
        assertEquals(1, rec.of(Failure.class).size());
    }

    private static List<Wake> handlerWakes(int step) {
        return rec.inStep(step, Wake.class).stream().filter(w -> w.thread().startsWith("handler-")).collect(Collectors.toList());
    }

    private static void assertBlock(List<Block> blocks, String socket, String call, String thread) {
        assertEquals(1, blocks.size(), "one block: " + blocks);
        assertEquals(socket, blocks.get(0).socket());
        assertEquals(call, blocks.get(0).call());
        assertEquals(thread, blocks.get(0).thread());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
