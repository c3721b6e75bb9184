package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Connect;
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

@Timeout(value = 60, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX)
class TcpStatesTest {
    private static ScenarioRecording rec;
    private static String client;
    private static String conn;
    private static String server;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new TcpStates());
        client = KernelStates.opened(rec, "client").get(0);
        server = KernelStates.opened(rec, "server").get(0);
        conn = rec.of(Accept.class).get(2).child();
    }

    @Test
    void marksSixSteps() {
        assertSteps(rec, 6);
    }

    @Test
    void listenerIsInListen() {
        assertEquals(TcpState.LISTEN, KernelStates.of(rec, server).get(0));
    }

    @Test
    void activeCloserGoesSynSentEstablishedFinWait2TimeWait() {
        List<TcpState> seen = KernelStates.of(rec, client);
        List<TcpState> expected = seen.contains(TcpState.FIN_WAIT1) // only if read before the peer's ACK
                ? List.of(TcpState.SYN_SENT, TcpState.ESTABLISHED, TcpState.FIN_WAIT1, TcpState.FIN_WAIT2, TcpState.TIME_WAIT)
                : List.of(TcpState.SYN_SENT, TcpState.ESTABLISHED, TcpState.FIN_WAIT2, TcpState.TIME_WAIT);
        assertEquals(expected, seen);
        List<StateChange> afterClose = rec.of(StateChange.class, client).stream().filter(s -> !s.open()).toList();
        assertEquals(expected.subList(2, expected.size()), afterClose.stream().map(StateChange::state).toList(),
                "the states after ESTABLISHED are the kernel's tail after close");
    }

    @Test
    void passiveCloserGoesEstablishedCloseWaitThenIsGone() {
        List<TcpState> seen = KernelStates.of(rec, conn);
        List<TcpState> expected = seen.contains(TcpState.LAST_ACK) // only if read before the client's ACK
                ? List.of(TcpState.ESTABLISHED, TcpState.CLOSE_WAIT, TcpState.LAST_ACK, TcpState.CLOSE)
                : List.of(TcpState.ESTABLISHED, TcpState.CLOSE_WAIT, TcpState.CLOSE);
        assertEquals(expected, seen);
    }

    @Test
    void synSentHeldUntilTheQueueHadRoom() {
        Connect begun = rec.of(Connect.class, client).get(0);
        StateChange synSent = rec.of(StateChange.class, client).get(0);
        StateChange established = rec.of(StateChange.class, client).get(1);
        assertTrue(synSent.seq() > begun.seq());
        assertTrue(established.t() - synSent.t() > 500_000_000L, "the SYN was resent about a second later");
    }

    @Test
    void theKernelStillHoldsTheClientInTimeWait() throws Exception {
        Connect c = rec.of(Connect.class, client).get(1);
        assertTrue(KernelStates.ssHas("time-wait", c.local(), c.remote()), KernelStates.ss("time-wait").toString());
    }
}
