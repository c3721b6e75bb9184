package io.sockscope.model.scenario.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Close;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.Steps;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The four framing scenarios, each recorded once; outcomes read from the recv events. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class FramingScenariosTest {

    @Test
    void fixedLengthRecoversMessagesFromRecvsThatCutAcrossSlots() throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(new FramingFixedScenario());
        String client = Recorded.opened(rec, "client").get(0);
        String child = Recorded.accepted(rec).get(0);
        Steps.assertSteps(rec, 5);
        assertEquals(List.of(), rec.of(Failure.class));
        assertEquals(List.of(16, 16, 16), sendSizes(rec, client));
        assertEquals(List.of(10, 10, 10, 10, 8), Recorded.recvSizes(rec, child));
        assertEquals(Framing.MESSAGES, new Framing.FixedDecoder().feed(Recorded.readStream(rec, child)));
        assertCutsAcrossFrames(rec, child, Set.of(16, 32, 48));
    }

    @Test
    void delimitedRecoversMessagesIncludingTheEscapedNewline() throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(new FramingDelimitedScenario());
        String client = Recorded.opened(rec, "client").get(0);
        String child = Recorded.accepted(rec).get(0);
        Steps.assertSteps(rec, 5);
        assertEquals(List.of(), rec.of(Failure.class));
        assertEquals(List.of(3, 17, 11), sendSizes(rec, client));
        assertEquals(List.of(8, 8, 8, 7), Recorded.recvSizes(rec, child));
        byte[] stream = Recorded.readStream(rec, child);
        assertEquals(3, countOf(stream, (byte) '\n'), "only the three delimiters are raw newlines");
        assertEquals(Framing.MESSAGES, new Framing.DelimitedDecoder().feed(stream));
        assertCutsAcrossFrames(rec, child, Set.of(3, 20, 31));
    }

    @Test
    void lengthPrefixReadsEachHeaderThenExactlyItsBody() throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(new FramingLengthPrefixScenario());
        String client = Recorded.opened(rec, "client").get(0);
        String child = Recorded.accepted(rec).get(0);
        Steps.assertSteps(rec, 5);
        assertEquals(List.of(), rec.of(Failure.class));
        assertEquals(List.of(6, 20, 13), sendSizes(rec, client));
        assertEquals(List.of(4, 2, 4, 16, 4, 9), Recorded.recvSizes(rec, child));
        List<Recv> recvs = rec.of(Recv.class, child);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < recvs.size(); i += 2) {
            int length = (int) Framing.length(recvs.get(i).payload().bytes());
            assertEquals(length, recvs.get(i + 1).done(), "body recv asks for exactly the announced length");
            bodies.add(new String(recvs.get(i + 1).payload().bytes(), StandardCharsets.UTF_8));
        }
        assertEquals(Framing.MESSAGES, bodies);
    }

    @Test
    void closeTerminatedUsesOneConnectionPerMessageReadToEndOfStream() throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(new FramingCloseScenario());
        Steps.assertSteps(rec, 6);
        assertEquals(List.of(), rec.of(Failure.class));
        List<String> clients = Recorded.opened(rec, "client");
        List<String> children = Recorded.accepted(rec);
        assertEquals(3, clients.size());
        assertEquals(3, children.size());
        List<List<Integer>> expected = List.of(List.of(2, -1), List.of(8, 8, -1), List.of(8, 1, -1));
        for (int i = 0; i < 3; i++) {
            assertEquals(expected.get(i), Recorded.recvSizes(rec, children.get(i)), "connection " + (i + 1));
            String message = new String(Recorded.readStream(rec, children.get(i)), StandardCharsets.UTF_8);
            assertEquals(Framing.MESSAGES.get(i), message);
            long closed = rec.of(Close.class, clients.get(i)).get(0).seq();
            List<Recv> recvs = rec.of(Recv.class, children.get(i));
            assertTrue(closed < recvs.get(recvs.size() - 1).seq(), "end of stream follows the client's close");
        }
    }

    private static List<Integer> sendSizes(ScenarioRecording rec, String socket) {
        return rec.of(Send.class, socket).stream().map(Send::done).collect(Collectors.toList());
    }

    /** Some recv ends at an offset that is not a frame end: reads and messages do not line up. */
    private static void assertCutsAcrossFrames(ScenarioRecording rec, String socket, Set<Integer> frameEnds) {
        Set<Integer> recvEnds = new TreeSet<>();
        int at = 0;
        for (int n : Recorded.recvSizes(rec, socket)) {
            at += n;
            recvEnds.add(at);
        }
        recvEnds.removeAll(frameEnds);
        assertTrue(!recvEnds.isEmpty(), "every recv ended exactly at a frame end");
    }

    private static int countOf(byte[] bytes, byte b) {
        int n = 0;
        for (byte x : bytes) {
            n += x == b ? 1 : 0;
        }
        return n;
    }
}
