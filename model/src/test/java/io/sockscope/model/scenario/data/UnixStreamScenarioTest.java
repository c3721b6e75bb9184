package io.sockscope.model.scenario.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.model.event.QueueSource;
import io.sockscope.model.event.Queues;
import io.sockscope.model.event.Recv;
import io.sockscope.model.scenario.ScenarioRecording;
import io.sockscope.model.scenario.Steps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class UnixStreamScenarioTest {
    private static ScenarioRecording rec;
    private static Path path;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new UnixStreamScenario());
        path = Path.of(rec.of(Bind.class).get(0).local());
    }

    @Test
    void runsFiveSteps() {
        Steps.assertSteps(rec, 5);
    }

    @Test
    void bindsToASocketFileInAFreshTemporaryDirectory() {
        assertTrue(path.isAbsolute(), path.toString());
        assertEquals(UnixStreamScenario.FILE_NAME, path.getFileName().toString());
        assertTrue(path.getParent().getFileName().toString().startsWith("sockscope-unix-"));
        assertTrue(rec.of(Open.class).stream().allMatch(o -> o.proto() == Proto.UNIX));
    }

    @Test
    void clientConnectsByPathAndNoPortAppears() {
        assertEquals(path.toString(), rec.of(Connect.class).get(0).remote());
        Accept accept = rec.of(Accept.class).get(0);
        assertEquals(path.toString(), accept.local());
        assertFalse(accept.remote().contains(":"), "no port: " + accept.remote());
    }

    @Test
    void lineIsEchoedWithSendAndRecv() {
        List<Recv> recvs = rec.of(Recv.class);
        assertEquals(2, recvs.size());
        for (Recv r : recvs) {
            assertEquals(UnixStreamScenario.REQUEST, new String(r.payload().bytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void queueFiguresComeFromTheKernelExceptTheListenersAcceptQueue() {
        assertTrue(rec.of(Queues.class).stream().allMatch(q -> q.source() == (q.acceptQ() >= 0 ? QueueSource.ESTIMATE : QueueSource.EXACT)));
        assertTrue(rec.of(Queues.class).stream().anyMatch(q -> q.source() == QueueSource.EXACT && q.recvQ() > 0),
                "the request shows in a receive queue");
    }

    @Test
    void noCallFailsAndEverySocketCloses() {
        assertEquals(List.of(), rec.of(Failure.class));
        assertEquals(3, rec.of(Close.class).size());
        assertEquals(2, rec.of(Open.class).size());
    }

    @Test
    void socketFileAndDirectoryAreGoneAfterTheRun() {
        assertFalse(Files.exists(path));
        assertFalse(Files.exists(path.getParent()));
    }
}
