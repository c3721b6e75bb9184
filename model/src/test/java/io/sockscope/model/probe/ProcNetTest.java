package io.sockscope.model.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class ProcNetTest {
    private static final String TCP = ""
            + "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n"
            + "   0: 0100007F:A1B2 00000000:0000 0A 00000000:00000003 00:00000000 00000000  1000        0 41234 1 0000000000000000 100 0 0 10 0\n"
            + "   1: 0100007F:C350 0100007F:A1B2 01 0001A000:00000000 01:00000014 00000000  1000        0 41240 3 0000000000000000 20 4 30 10 -1\n"
            + "   2: 0100007F:A1B2 0100007F:C351 01 00000000:00000000 00:00000000 00000000  1000        0 0 1 0000000000000000 20 4 30 10 -1\n";

    @Test
    void listenRowShowsAcceptQueueInRxQueue() throws Exception {
        Map<Long, ProcNet.Row> rows = ProcNet.parse(ByteBuffer.wrap(TCP.getBytes(StandardCharsets.US_ASCII)));
        ProcNet.Row listen = rows.get(41234L);
        assertEquals(ProcNet.STATE_LISTEN, listen.state());
        assertEquals(3, listen.rxQueue());
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anOpenTableShowsAListenerOpenedAfterIt() throws Exception {
        try (ProcNet.Table table = new ProcNet.Table("tcp")) {
            long inode;
            try (ServerSocketChannel ss = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
                ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 7);
                String link = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fdOf(ss))).toString();
                inode = Long.parseLong(link.substring(8, link.length() - 1));
                ProcNet.Row row = table.read().get(inode);
                assertEquals(ProcNet.STATE_LISTEN, row.state());
                assertEquals(0, row.rxQueue());
            }
            assertFalse(table.read().containsKey(inode), "re-read after close: the row is gone");
        }
    }

    private static int fdOf(Object channel) throws Exception {
        return (Integer) Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal").invoke(channel);
    }

    @Test
    void queuesAreHexAndInodeZeroRowsAreLeftOut() throws Exception {
        Map<Long, ProcNet.Row> rows = ProcNet.parse(ByteBuffer.wrap(TCP.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(new ProcNet.Row(41240L, 1, 0x1A000, 0, 0xC350, 0xA1B2), rows.get(41240L));
        assertEquals(2, rows.size(), "the not-yet-accepted connection (inode 0) is not a row");
    }

    @Test
    void byPortsKeepsRowsWithoutAnInodeSuchAsAClosedSocketsTail() throws Exception {
        Map<Long, ProcNet.Row> rows = ProcNet.parseByPorts(ByteBuffer.wrap(TCP.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(3, rows.size());
        ProcNet.Row orphan = rows.get(ProcNet.Row.ports(0xA1B2, 0xC351));
        assertEquals(0L, orphan.inode());
        assertEquals(1, orphan.state());
    }
}
