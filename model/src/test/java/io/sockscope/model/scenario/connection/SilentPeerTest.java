package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertInOrder;
import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Failure;
import io.sockscope.model.event.OptionSet;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.event.Wake;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SilentPeerTest {
    private static ScenarioRecording rec;
    private static String conn;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new SilentPeer());
        conn = rec.of(Accept.class).get(0).child();
    }

    @Test
    void marksFourSteps() {
        assertSteps(rec, 4);
    }

    @Test
    void receiveTimeoutIsSetOnTheAcceptedSocket() {
        OptionSet opt = rec.of(OptionSet.class, conn).get(0);
        assertEquals("SO_RCVTIMEO", opt.name());
        assertEquals("1500", opt.asked());
    }

    @Test
    void recvBlocksOnTheServerThreadUntilTheTimeoutEndsIt() {
        List<Block> blocks = rec.inStep(3, Block.class);
        assertEquals(1, blocks.size());
        Block block = blocks.get(0);
        assertEquals(conn, block.socket());
        assertEquals("recv", block.call());
        assertEquals("server", block.thread());
        Wake wake = rec.inStep(3, Wake.class).get(0);
        Failure timeout = rec.inStep(3, Failure.class).get(0);
        assertEquals(conn, wake.socket());
        assertEquals("server", wake.thread());
        assertEquals(ErrorKind.TIMED_OUT, timeout.kind());
        assertEquals("recv", timeout.call());
        assertInOrder(rec, block, wake, timeout);
        long waitedMs = (timeout.t() - block.t()) / 1_000_000;
        assertTrue(waitedMs >= SilentPeer.TIMEOUT_MS - 50, "the timeout did not fire early: " + waitedMs + " ms");
    }

    @Test
    void peerNeverSendsAndNothingIsRead() {
        assertTrue(rec.of(Send.class).isEmpty());
        assertTrue(rec.of(Recv.class).isEmpty());
    }
}
