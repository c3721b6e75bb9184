package io.sockscope.model.scenario.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.RecvFrom;
import io.sockscope.model.event.SendTo;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.Steps;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The three UDP scenarios, each recorded once. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UdpScenariosTest {
    private static final int LONG = UdpBoundariesScenario.LONG_DATAGRAM;

    @Test
    void echoAnswersEachClientAtTheAddressItsDatagramCameFrom() throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(new UdpEchoScenario());
        Steps.assertSteps(rec, 6);
        assertEquals(List.of(), rec.of(Failure.class));
        assertEquals(List.of(), rec.of(Listen.class));
        assertEquals(List.of(), rec.of(Accept.class));
        assertEquals(List.of(), rec.of(Connect.class));
        String server = Recorded.opened(rec, "server").get(0);
        String serverAddress = rec.of(Bind.class, server).get(0).local();
        List<RecvFrom> atServer = rec.of(RecvFrom.class, server);
        List<SendTo> echoes = rec.of(SendTo.class, server);
        assertEquals(2, atServer.size());
        assertEquals(2, echoes.size());
        assertTrue(!atServer.get(0).peer().equals(atServer.get(1).peer()), "two clients, two peer addresses");
        for (int i = 0; i < 2; i++) {
            assertEquals(atServer.get(i).peer(), echoes.get(i).peer(), "echo goes back to the sender");
            assertEquals(atServer.get(i).payload(), echoes.get(i).payload());
        }
        for (String client : List.of(Recorded.opened(rec, "client A").get(0), Recorded.opened(rec, "client B").get(0))) {
            assertEquals(serverAddress, rec.of(SendTo.class, client).get(0).peer());
            RecvFrom echo = rec.of(RecvFrom.class, client).get(0);
            assertEquals(serverAddress, echo.peer());
            assertEquals(rec.of(SendTo.class, client).get(0).payload(), echo.payload());
        }
    }

    @Test
    void datagramsKeepTheirSizesAndATooSmallBufferCutsOne() throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(new UdpBoundariesScenario());
        Steps.assertSteps(rec, 6);
        String sender = Recorded.opened(rec, "sender").get(0);
        String receiver = Recorded.opened(rec, "receiver").get(0);
        assertEquals(List.of(10, 1200, 3, 100),
                rec.of(SendTo.class, sender).stream().map(SendTo::done).collect(Collectors.toList()));
        List<RecvFrom> got = rec.of(RecvFrom.class, receiver);
        assertEquals(List.of(10, 1200, 3, 16), got.stream().map(RecvFrom::done).collect(Collectors.toList()));
        assertEquals(List.of(4096, 4096, 4096, 16), got.stream().map(RecvFrom::requested).collect(Collectors.toList()));
        assertEquals("ABCDEFGHIJKLMNOP", new String(got.get(3).payload().bytes(), StandardCharsets.US_ASCII));
        long longSent = rec.of(SendTo.class, sender).get(3).seq();
        long cut = got.get(3).seq();
        List<Queues> queues = rec.of(Queues.class, receiver);
        assertTrue(queues.stream().anyMatch(q -> q.seq() > longSent && q.seq() < cut
                && q.source() == QueueSource.EXACT_MEMORY && q.recvQ() > LONG), "one datagram costs more than its payload");
        assertTrue(queues.stream().anyMatch(q -> q.seq() > cut && q.recvQ() == 0), "the cut datagram left nothing behind");
        List<Failure> failures = rec.of(Failure.class);
        assertEquals(1, failures.size());
        assertEquals(receiver, failures.get(0).socket());
        assertEquals(ErrorKind.WOULD_BLOCK, failures.get(0).kind(), "the cut-off rest is not readable later");
    }

    @Test
    void overflowLosesDatagramsTheFullQueueCannotHold() throws Exception {
        ScenarioRecording rec = ScenarioRecording.record(new UdpOverflowScenario());
        Steps.assertSteps(rec, 5);
        String sender = Recorded.opened(rec, "sender").get(0);
        String receiver = Recorded.opened(rec, "receiver").get(0);
        List<SendTo> sent = rec.of(SendTo.class, sender);
        assertEquals(UdpOverflowScenario.DATAGRAMS, sent.size());
        assertTrue(sent.stream().allMatch(s -> s.done() == UdpOverflowScenario.SIZE), "every sendto succeeded");

        // the question comes before the first sendto, and its answer is what follows: dropped, sender not told
        Note question = Steps.questionIn(rec, 2);
        assertEquals(1, rec.of(Note.class).stream().filter(Note::question).count(), "one question in udp-overflow");
        Steps.assertInOrder(rec, question, sent.get(0));
        String right = Steps.rightChoice(question);
        assertTrue(right.startsWith("They are dropped at the receiver") && right.contains("every sendto() reports success"),
                right);
        assertTrue(rec.of(Failure.class, sender).isEmpty(), "the sender is told nothing");

        List<RecvFrom> got = rec.of(RecvFrom.class, receiver);
        assertTrue(got.size() >= 1 && got.size() < UdpOverflowScenario.DATAGRAMS / 10, "received " + got.size());
        for (int i = 0; i < got.size(); i++) {
            String head = new String(got.get(i).payload().bytes(), 0, 5, StandardCharsets.US_ASCII);
            assertEquals(String.format("#%03d ", i + 1), head, "the first datagrams are the ones kept");
        }
        List<Failure> failures = rec.of(Failure.class);
        assertEquals(1, failures.size());
        assertEquals(ErrorKind.WOULD_BLOCK, failures.get(0).kind());

        Queues full = Recorded.peak(rec, receiver, true);
        assertEquals(QueueSource.EXACT_MEMORY, full.source());
        assertTrue(full.rcvBuf() > 0 && full.rcvBuf() <= 4 * UdpOverflowScenario.RCVBUF_ASKED, "rcvBuf " + full.rcvBuf());
        assertTrue(full.recvQ() >= full.rcvBuf() / 2, "queue " + full.recvQ() + " of " + full.rcvBuf());
        assertTrue(full.recvQ() > got.size() * UdpOverflowScenario.SIZE,
                "kernel memory " + full.recvQ() + " exceeds the payload of the " + got.size() + " queued datagrams");
        assertTrue(rec.of(Queues.class, receiver).stream().anyMatch(q -> q.seq() > full.seq() && q.recvQ() == 0),
                "the queue is empty after reading");
        List<Queues> all = rec.of(Queues.class, receiver);
        assertEquals(UdpOverflowScenario.DATAGRAMS - got.size(), all.get(all.size() - 1).drops(),
                "the kernel's drop counter equals the datagrams lost");
    }
}
