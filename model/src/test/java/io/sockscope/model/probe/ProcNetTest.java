package io.sockscope.model.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcNetTest {
    private static final String TCP = ""
            + "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            + "   0: 0100007F:A1B2 00000000:0000 0A 00000000:00000003 00:00000000 00000000  1000        0 41234 1 0000000000000000 100 0 0 10 0\n"
            + "   1: 0100007F:C350 0100007F:A1B2 01 0001A000:00000000 01:00000014 00000000  1000        0 41240 3 0000000000000000 20 4 30 10 -1\n"
            + "   2: 0100007F:A1B2 0100007F:C351 01 00000000:00000000 00:00000000 00000000  1000        0 0 1 0000000000000000 20 4 30 10 -1\n";

    @Test
    void listenRowShowsAcceptQueueInRxQueue() throws Exception {
        Map<Long, ProcNet.Row> rows = ProcNet.parse(new StringReader(TCP));
        ProcNet.Row listen = rows.get(41234L);
        assertEquals(ProcNet.STATE_LISTEN, listen.state());
        assertEquals(3, listen.rxQueue());
    }

    @Test
    void queuesAreHexAndInodeZeroRowsAreLeftOut() throws Exception {
        Map<Long, ProcNet.Row> rows = ProcNet.parse(new StringReader(TCP));
        assertEquals(new ProcNet.Row(41240L, 1, 0x1A000, 0), rows.get(41240L));
        assertEquals(2, rows.size(), "the not-yet-accepted connection (inode 0) is not a row");
    }
}
