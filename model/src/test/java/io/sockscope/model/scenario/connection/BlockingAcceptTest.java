package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertInOrder;
import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Connect;
import io.sockscope.model.event.Listen;
import io.sockscope.model.event.Wake;
import io.sockscope.model.scenario.ScenarioRecording;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BlockingAcceptTest {
    private static ScenarioRecording rec;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new BlockingAccept());
    }

    @Test
    void marksFourSteps() {
        assertSteps(rec, 4);
    }

    @Test
    void acceptBlocksOnTheServerThreadWhileNobodyConnects() {
        String server = rec.of(Listen.class).get(0).socket();
        List<Block> blocks = rec.inStep(2, Block.class);
        assertEquals(1, blocks.size());
        assertEquals(server, blocks.get(0).socket());
        assertEquals("accept", blocks.get(0).call());
        assertEquals("server", blocks.get(0).thread());
        assertTrue(rec.inStep(2, Accept.class).isEmpty(), "accept has not returned yet");
        assertTrue(rec.inStep(2, Wake.class).isEmpty());
    }

    @Test
    void connectWakesTheAccept() {
        Block block = rec.of(Block.class).get(0);
        List<Wake> wakes = rec.inStep(3, Wake.class);
        assertEquals(1, wakes.size());
        Wake wake = wakes.get(0);
        assertEquals(block.socket(), wake.socket());
        assertEquals("accept", wake.call());
        assertEquals("server", wake.thread());
        Connect connect = rec.inStep(3, Connect.class).get(0);
        Accept accept = rec.inStep(3, Accept.class).get(0);
        assertInOrder(rec, block, connect);
        assertInOrder(rec, block, wake, accept);
        assertEquals(connect.local(), accept.remote());
    }
}
