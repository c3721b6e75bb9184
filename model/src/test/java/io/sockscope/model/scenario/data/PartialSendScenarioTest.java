package io.sockscope.model.scenario.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.Steps;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PartialSendScenarioTest {
    private static ScenarioRecording rec;
    private static String client;
    private static String child;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new PartialSendScenario());
        client = Recorded.opened(rec, "client").get(0);
        child = Recorded.accepted(rec).get(0);
    }

    @Test
    void runsSevenSteps() {
        Steps.assertSteps(rec, 7);
    }

    @Test
    void smallBuffersAreAskedFor() {
        List<OptionSet> options = rec.of(OptionSet.class);
        assertTrue(options.stream().anyMatch(o -> o.name().equals("SO_RCVBUF") && o.asked().equals("4096")));
        assertTrue(options.stream().anyMatch(o -> o.socket().equals(client)
                && o.name().equals("SO_SNDBUF") && o.asked().equals("4096")));
    }

    @Test
    void firstNonBlockingSendWritesLessThanAsked() {
        Send first = rec.of(Send.class, client).get(0);
        assertEquals(PartialSendScenario.MESSAGE, first.requested());
        assertTrue(first.done() > 0 && first.done() < first.requested(), "done " + first.done());
    }

    @Test
    void retriesEndWithASendThatWritesNothing() {
        List<Send> sends = rec.of(Send.class, client);
        boolean wouldBlock = rec.of(Failure.class, client).stream().anyMatch(f -> f.kind() == ErrorKind.WOULD_BLOCK);
        assertTrue(wouldBlock || sends.get(sends.size() - 1).done() == 0, "no send found the buffer full");
        assertTrue(sends.stream().filter(s -> s.done() > 0).count() >= 2, "the retry added nothing");
    }

    @Test
    void serverReadsEverySentByteInPiecesOfAtMostOneKiB() {
        int sent = Recorded.sentBytes(rec, client);
        assertEquals(sent, Recorded.readBytes(rec, child));
        assertTrue(rec.of(Recv.class, child).stream().allMatch(r -> r.done() > 0 && r.done() <= 1024));
    }

    @Test
    void sendQueueFillsToTheKernelSendBufferThenDrains() {
        Queues peak = Recorded.peak(rec, client, false);
        assertEquals(QueueSource.EXACT, peak.source());
        assertTrue(peak.sndBuf() > 0 && peak.sndBuf() < PartialSendScenario.MESSAGE, "sndBuf " + peak.sndBuf());
        assertTrue(peak.sendQ() >= peak.sndBuf() / 2 && peak.sendQ() <= peak.sndBuf(),
                "sendQ " + peak.sendQ() + " of sndBuf " + peak.sndBuf());
        assertTrue(laterSample(peak, q -> q.sendQ() == 0), "the send queue never drained");
    }

    @Test
    void receiveQueueFillsToItsBufferRegionThenDrains() {
        Queues peak = Recorded.peak(rec, child, true);
        assertEquals(QueueSource.EXACT, peak.source());
        assertTrue(peak.recvQ() >= peak.rcvBuf() / 2 && peak.recvQ() <= peak.rcvBuf(),
                "recvQ " + peak.recvQ() + " of rcvBuf " + peak.rcvBuf());
        assertTrue(laterSample(peak, q -> q.recvQ() == 0), "the receive queue never drained");
    }

    @Test
    void noCallFailsExceptAFullBuffer() {
        assertFalse(rec.of(Failure.class).stream().anyMatch(f -> f.kind() != ErrorKind.WOULD_BLOCK));
    }

    private static boolean laterSample(Queues peak, java.util.function.Predicate<Queues> test) {
        return rec.of(Queues.class, peak.socket()).stream().anyMatch(q -> q.seq() > peak.seq() && test.test(q));
    }

    @Test
    void asksWhatTheBigSendReturnsBeforeItIsCalled() {
        Note question = Steps.questionIn(rec, 3);
        Send first = rec.of(Send.class, client).get(0);
        Steps.assertInOrder(rec, question, first);
        String right = Steps.rightChoice(question);
        assertTrue(right.startsWith("Fewer bytes than asked"), right);
        assertTrue(first.done() > 0 && first.done() < first.requested(), "done " + first.done());
    }

    @Test
    void asksWhatASendThatFindsNoRoomReportsBeforeTheRetries() {
        Note question = Steps.questionIn(rec, 5);
        assertEquals(2, rec.of(Note.class).stream().filter(Note::question).count(), "two questions in partial-send");
        List<Send> retries = rec.inStep(5, Send.class);
        assertFalse(retries.isEmpty(), "retries in step 5");
        Send last = retries.get(retries.size() - 1);
        Steps.assertInOrder(rec, question, retries.get(0), last);
        String right = Steps.rightChoice(question);
        assertTrue(right.startsWith("Java's SocketChannel.write returns 0") && right.contains("EAGAIN"), right);
        assertEquals(0, last.done(), "Java's write returned 0 when there was no room");
        assertTrue(rec.inStep(5, Failure.class).isEmpty(), "and no call failed");
    }
}
