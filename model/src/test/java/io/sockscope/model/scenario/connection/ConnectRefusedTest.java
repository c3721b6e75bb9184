package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.TcpState;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ConnectRefusedTest {
    private static ScenarioRecording rec;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new ConnectRefused());
    }

    @Test
    void marksThreeSteps() {
        assertSteps(rec, 3);
    }

    @Test
    void connectToTheFreedPortIsRefusedAtOnce() {
        String client = KernelStates.opened(rec, "client").get(0);
        List<Failure> failures = rec.of(Failure.class, client);
        assertEquals(1, failures.size());
        assertEquals("connect", failures.get(0).call());
        assertEquals(ErrorKind.REFUSED, failures.get(0).kind());
        assertEquals(List.of(), rec.of(Connect.class, client), "no connect succeeded or stayed in progress");
        assertFalse(KernelStates.of(rec, client).contains(TcpState.ESTABLISHED));
        assertEquals(1, rec.of(Bind.class).size());
    }
}
