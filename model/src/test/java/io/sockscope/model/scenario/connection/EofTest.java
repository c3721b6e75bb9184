package io.sockscope.model.scenario.connection;

import static io.sockscope.model.scenario.Steps.assertInOrder;
import static io.sockscope.model.scenario.Steps.assertSteps;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Block;
import io.sockscope.model.event.Close;
import io.sockscope.model.event.Recv;
import io.sockscope.model.event.Send;
import io.sockscope.model.scenario.ScenarioRecording;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EofTest {
    private static ScenarioRecording rec;
    private static String conn;
    private static String client;

    @BeforeAll
    static void record() throws Exception {
        rec = ScenarioRecording.record(new Eof());
        conn = rec.of(Accept.class).get(0).child();
        client = rec.of(Send.class).get(0).socket();
    }

    @Test
    void marksSixSteps() {
        assertSteps(rec, 6);
    }

    @Test
    void dataSentBeforeCloseArrivesThenEndOfStreamTwice() {
        List<Recv> reads = rec.of(Recv.class, conn);
        assertEquals(List.of(3, -1, -1), reads.stream().map(Recv::done).collect(Collectors.toList()));
        assertArrayEquals("bye".getBytes(StandardCharsets.US_ASCII), reads.get(0).payload().bytes());
        assertEquals(0, reads.get(1).payload().length());
        Close clientClose = rec.of(Close.class, client).get(0);
        assertInOrder(rec, rec.of(Send.class, client).get(0), clientClose, reads.get(0), reads.get(1), reads.get(2));
    }

    @Test
    void endOfStreamNeverBlocks() {
        assertTrue(rec.inStep(4, Block.class).isEmpty());
        assertTrue(rec.inStep(5, Block.class).isEmpty());
    }

    @Test
    void everySocketClosesOrderly() {
        List<Close> closes = rec.of(Close.class);
        assertEquals(3, closes.size());
        closes.forEach(c -> assertTrue(!c.abortive()));
    }
}
