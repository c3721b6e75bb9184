package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertInOrder;
import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Shutdown;
import io.sockscope.model.event.ShutdownHow;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.Steps;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HalfCloseTest {
    private static ScenarioRecording rec;
    private static String conn;
    private static String client;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new HalfClose());
        conn = rec.of(Accept.class).get(0).child();
        client = rec.of(Shutdown.class).get(0).socket();
    }

    @Test
    void marksEightSteps() {
        assertSteps(rec, 8);
    }

    @Test
    void clientShutsDownOnlyItsWriteSide() {
        List<Shutdown> shutdowns = rec.of(Shutdown.class);
        assertEquals(1, shutdowns.size());
        assertEquals(ShutdownHow.WRITE, shutdowns.get(0).how());
        Send request = rec.of(Send.class, client).get(0);
        assertEquals(HalfClose.REQUEST.length, request.done());
        assertInOrder(rec, request, shutdowns.get(0));
    }

    @Test
    void serverReadsWholeRequestThenEndOfStream() {
        List<Recv> reads = rec.of(Recv.class, conn);
        assertEquals(List.of(HalfClose.REQUEST.length, -1), reads.stream().map(Recv::done).collect(Collectors.toList()));
        assertArrayEquals(HalfClose.REQUEST, reads.get(0).payload().bytes());
        assertInOrder(rec, rec.of(Shutdown.class).get(0), reads.get(1));
    }

    @Test
    void serverStillRepliesAfterEndOfStreamAndClientReadsIt() {
        Recv eof = rec.of(Recv.class, conn).get(1);
        Send reply = rec.of(Send.class, conn).get(0);
        assertEquals(HalfClose.REPLY.length, reply.done());
        List<Recv> clientReads = rec.of(Recv.class, client);
        assertEquals(2, clientReads.size());
        assertArrayEquals(HalfClose.REPLY, clientReads.get(0).payload().bytes());
        assertEquals(-1, clientReads.get(1).done());
        Close serverClose = rec.of(Close.class, conn).get(0);
        assertInOrder(rec, eof, reply, clientReads.get(0), serverClose, clientReads.get(1), rec.of(Close.class, client).get(0));
    }

    @Test
    void asksWhatTheRecvAfterTheShutdownReturnsBeforeItIsCalled() {
        Note question = Steps.questionIn(rec, 5);
        assertEquals(1, rec.of(Note.class).stream().filter(Note::question).count(), "one question in half-close");
        Recv eof = rec.of(Recv.class, conn).get(1);
        assertInOrder(rec, rec.of(Shutdown.class).get(0), rec.of(Recv.class, conn).get(0), question, eof);
        String right = Steps.rightChoice(question);
        assertTrue(right.startsWith("End of stream") && right.contains("-1 in Java"), right);
        assertEquals(-1, eof.done(), "Java's read returns -1 at end of stream");
    }
}
