package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.engine.EngineConfig;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.KeyState;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Select;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.Steps;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BacklogTest {
    private static ScenarioRecording rec;
    private static String server;
    private static String late;

    @BeforeAll
    static void record() throws Exception {
        // recorded with the periodic sampler on, as the window runs it: its samples must keep
        // the kernel's order (read and emitted under the engine lock)
        rec = ScenarioRecording.record(new Backlog(), "en", EngineConfig.defaults());
        server = rec.of(Listen.class).get(0).socket();
        late = rec.of(Open.class).stream().filter(o -> o.owner().equals("client-4")).findFirst().orElseThrow().socket();
    }

    @Test
    void marksTenSteps() {
        assertSteps(rec, 10);
    }

    @Test
    void listensWithBacklogTwo() {
        assertEquals(2, rec.of(Listen.class).get(0).backlog());
    }

    @Test
    void acceptQueueGrowsToOneMoreThanTheBacklogWithoutAnyAccept() {
        for (int step = 2; step <= 4; step++) {
            assertEquals(step - 1, lastAcceptQ(step), "accept queue after client " + (step - 1));
            assertTrue(rec.inStep(step, Accept.class).isEmpty(), "nobody accepts in step " + step);
        }
        int max = rec.of(Queues.class, server).stream().mapToInt(Queues::acceptQ).max().orElse(-1);
        assertEquals(3, max, "the queue never holds more than backlog + 1");
        rec.of(Queues.class, server).forEach(q -> assertEquals(2, q.backlog()));
    }

    @Test
    void fourthConnectStaysInProgressInsteadOfBeingRefused() {
        List<Connect> connects = rec.of(Connect.class, late);
        assertEquals(ConnectState.IN_PROGRESS, connects.get(0).state());
        List<Failure> failures = rec.inStep(6, Failure.class);
        assertEquals(1, failures.size());
        assertEquals(late, failures.get(0).socket());
        assertEquals(ErrorKind.WOULD_BLOCK, failures.get(0).kind());
        assertTrue(rec.of(Failure.class).stream().noneMatch(f -> f.kind() == ErrorKind.REFUSED));
    }

    @Test
    void acceptDrainsTheQueueToZero() {
        assertEquals(3, rec.inStep(7, Accept.class).size());
        List<Integer> figures = rec.inStep(7, Queues.class).stream()
                .filter(q -> q.socket().equals(server)).map(Queues::acceptQ).collect(Collectors.toList());
        assertFalse(figures.isEmpty());
        for (int i = 1; i < figures.size(); i++) {
            assertTrue(figures.get(i) <= figures.get(i - 1), "queue only falls while accepting: " + figures);
        }
        assertEquals(0, lastAcceptQ(7));
    }

    @Test
    void waitingConnectionCompletesOnceThereIsRoom() {
        Select select = rec.inStep(8, Select.class).get(0);
        assertEquals(1, select.selected());
        KeyState key = select.keys().get(0);
        assertEquals(late, key.socket());
        assertEquals("C", key.ready());
        Connect done = rec.of(Connect.class, late).get(1);
        assertEquals(ConnectState.CONNECTED, done.state());
        Accept last = rec.inStep(9, Accept.class).get(0);
        assertEquals(done.local(), last.remote(), "the fourth accepted socket is client 4's connection");
        assertEquals(0, lastAcceptQ(9));
        assertEquals(4, rec.of(Accept.class).size());
    }

    private static int lastAcceptQ(int step) {
        List<Queues> qs = rec.inStep(step, Queues.class).stream()
                .filter(q -> q.socket().equals(server)).collect(Collectors.toList());
        assertFalse(qs.isEmpty(), "a queue figure for the listener in step " + step);
        return qs.get(qs.size() - 1).acceptQ();
    }

    @Test
    void asksWhatHappensToTheFourthConnectBeforeItIsMadeAndTheRecordingAgrees() {
        Note question = Steps.questionIn(rec, 5);
        assertEquals(1, rec.of(Note.class).stream().filter(Note::question).count(), "one question in backlog");
        Connect begun = rec.of(Connect.class, late).get(0);
        Failure notYet = rec.inStep(6, Failure.class).get(0);
        Steps.assertInOrder(rec, question, begun, notYet);
        String right = Steps.rightChoice(question);
        assertTrue(right.contains("dropped") && right.contains("in progress") && right.contains("neither refused"), right);
        // what the right choice claims, as recorded: in progress, not yet, never refused, no 4th in the queue
        assertEquals(ConnectState.IN_PROGRESS, begun.state());
        assertEquals(ErrorKind.WOULD_BLOCK, notYet.kind());
        assertTrue(rec.of(Failure.class).stream().noneMatch(f -> f.kind() == ErrorKind.REFUSED));
        assertTrue(rec.of(Queues.class, server).stream().filter(q -> q.seq() > question.seq()
                && q.seq() < rec.inStep(7, Accept.class).get(0).seq()).allMatch(q -> q.acceptQ() == 3),
                "the queue stays at 3 until the server accepts");
    }
}
