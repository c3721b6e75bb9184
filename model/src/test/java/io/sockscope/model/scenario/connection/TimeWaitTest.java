package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Bind;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.StateChange;
import io.sockscope.model.event.TcpState;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX)
class TimeWaitTest {
    private static ScenarioRecording rec;
    private static Accept accept;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new TimeWait());
        accept = rec.of(Accept.class).get(0);
    }

    @Test
    void marksSixSteps() {
        assertSteps(rec, 6);
    }

    @Test
    void theSideThatClosedFirstGoesFinWait2ThenTimeWaitAfterItsClose() {
        List<StateChange> tail = rec.of(StateChange.class, accept.child()).stream().filter(s -> !s.open()).toList();
        List<TcpState> states = tail.stream().map(StateChange::state).toList();
        List<TcpState> expected = states.size() == 3 ? List.of(TcpState.FIN_WAIT1, TcpState.FIN_WAIT2, TcpState.TIME_WAIT)
                : List.of(TcpState.FIN_WAIT2, TcpState.TIME_WAIT); // FIN_WAIT1 shows only if read before the peer's ACK
        assertEquals(expected, states);
    }

    @Test
    void theKernelStillHoldsTheServersPortInTimeWait() throws Exception {
        assertTrue(KernelStates.ssHas("time-wait", accept.local(), accept.remote()),
                "ss shows " + accept.local() + " -> " + accept.remote() + " in TIME_WAIT: " + KernelStates.ss("time-wait"));
    }

    @Test
    void bindWithoutReuseAddrFailsAndWithItSucceedsOnTheSamePort() {
        List<Failure> failures = rec.of(Failure.class);
        assertEquals(1, failures.size());
        assertEquals(ErrorKind.ADDRESS_IN_USE, failures.get(0).kind());
        assertEquals("bind", failures.get(0).call());
        List<Bind> binds = rec.of(Bind.class, failures.get(0).socket());
        assertEquals(1, binds.size(), "the second bind, after SO_REUSEADDR");
        assertEquals(accept.local(), binds.get(0).local());
        assertTrue(binds.get(0).seq() > failures.get(0).seq());
    }
}
