package io.sockscope.model.scenario.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.Steps;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ByteStreamScenarioTest {
    private static ScenarioRecording rec;
    private static String client;
    private static String child;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new ByteStreamScenario());
        client = Recorded.opened(rec, "client").get(0);
        child = Recorded.accepted(rec).get(0);
    }

    @Test
    void runsSixStepsWithoutErrors() {
        Steps.assertSteps(rec, 6);
        assertEquals(List.of(), rec.of(Failure.class));
    }

    @Test
    void fourSendsOfSevenFiveSevenAndTwentySixBytes() {
        assertEquals(List.of(7, 5, 7, 26),
                rec.of(Send.class, client).stream().map(Send::done).collect(Collectors.toList()));
    }

    @Test
    void threeSendsAreReadByOneRecvAndOneSendByThreeRecvs() {
        assertEquals(List.of(19, 10, 10, 6), Recorded.recvSizes(rec, child));
        Recv merged = rec.of(Recv.class, child).get(0);
        assertEquals("Hello, byte stream!", new String(merged.payload().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void bytesArriveInOrder() {
        byte[] sent = (String.join("", ByteStreamScenario.PIECES) + ByteStreamScenario.ONE_SEND)
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(sent, Recorded.readStream(rec, child));
    }

    @Test
    void receiveQueueHoldsAllThreeSendsBeforeTheMergedRecv() {
        Recv merged = rec.of(Recv.class, child).get(0);
        assertTrue(rec.of(Queues.class, child).stream().anyMatch(q -> q.seq() < merged.seq() && q.recvQ() == 19));
        assertTrue(rec.of(Queues.class, child).stream().anyMatch(q -> q.seq() > merged.seq() && q.recvQ() == 0));
    }

    @Test
    void asksWhatOneRecvAfterThreeSendsReturnsBeforeItIsCalled() {
        Note question = Steps.questionIn(rec, 3);
        assertEquals(1, rec.of(Note.class).stream().filter(Note::question).count(), "one question in byte-stream");
        Recv merged = rec.of(Recv.class, child).get(0);
        Steps.assertInOrder(rec, rec.of(Send.class, client).get(2), question, merged);
        String right = Steps.rightChoice(question);
        assertTrue(right.startsWith("All 19 bytes") && right.contains("Hello, byte stream!"), right);
        assertEquals(19, merged.done());
        assertEquals("Hello, byte stream!", new String(merged.payload().bytes(), StandardCharsets.US_ASCII));
    }
}
