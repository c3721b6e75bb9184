package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sockscope.model.event.Connect;
import io.sockscope.model.event.ConnectState;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.Select;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NonblockingConnectTest {
    private static ScenarioRecording rec;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new NonblockingConnect());
    }

    @Test
    void marksSixSteps() {
        assertSteps(rec, 6);
    }

    @Test
    void connectIsInProgressThenFinishConnectCompletesIt() {
        String client = KernelStates.opened(rec, "client").get(0);
        List<Connect> connects = rec.of(Connect.class, client);
        assertEquals(List.of(ConnectState.IN_PROGRESS, ConnectState.CONNECTED), connects.stream().map(Connect::state).toList());
    }

    @Test
    void refusalArrivesOnlyAtFinishConnect() {
        String second = KernelStates.opened(rec, "client-2").get(0);
        assertEquals(ConnectState.IN_PROGRESS, rec.of(Connect.class, second).get(0).state());
        List<Failure> failures = rec.of(Failure.class, second);
        assertEquals(1, failures.size());
        assertEquals("finishConnect", failures.get(0).call());
        assertEquals(ErrorKind.REFUSED, failures.get(0).kind());
    }

    @Test
    void bothConnectsBecameReady() {
        List<Select> selects = rec.of(Select.class);
        assertEquals(2, selects.size());
        selects.forEach(s -> assertEquals(1, s.selected(), s.toString()));
    }
}
