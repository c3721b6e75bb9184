package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertInOrder;
import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Recv;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ResetTest {
    private static ScenarioRecording rec;
    private static String conn;
    private static String client;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new Reset());
        conn = rec.of(Accept.class).get(0).child();
        client = rec.of(Connect.class).get(0).socket();
    }

    @Test
    void marksFiveSteps() {
        assertSteps(rec, 5);
    }

    @Test
    void clientClosesAbortively() {
        Close abort = rec.of(Close.class, client).get(0);
        assertTrue(abort.abortive());
    }

    @Test
    void serverRecvFailsWithResetInsteadOfEndOfStream() {
        List<Failure> failures = rec.of(Failure.class, conn);
        assertEquals(2, failures.size());
        assertEquals("recv", failures.get(0).call());
        assertEquals(ErrorKind.RESET, failures.get(0).kind());
        assertTrue(rec.of(Recv.class, conn).isEmpty(), "no recv succeeded, not even with end of stream");
        assertInOrder(rec, rec.of(Close.class, client).get(0), failures.get(0));
    }

    @Test
    void laterSendFailsToo() {
        Failure send = rec.of(Failure.class, conn).get(1);
        assertEquals("send", send.call());
        assertEquals(ErrorKind.RESET, send.kind());
        assertFalse(rec.of(Close.class, conn).get(0).abortive());
    }
}
