package io.sockscope.model.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.TcpState;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The per-descriptor reads on plain java.nio sockets, against each other and against the kernel's rules. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
@EnabledOnOs(OS.LINUX)
class KernelSocketsTest {

    private static int fd(Object channel) throws Exception {
        return (Integer) Class.forName("sun.nio.ch.SelChImpl").getMethod("getFDVal").invoke(channel);
    }

    @Test
    void queuesFromTcpInfoCountersEqualSiocinqAndSiocoutqThroughRandomTraffic() throws Exception {
        assertTrue(KernelSockets.available());
        try (ServerSocketChannel ss = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            ss.bind(new InetSocketAddress("127.0.0.1", 0));
            try (SocketChannel c = SocketChannel.open(ss.getLocalAddress()); SocketChannel s = ss.accept()) {
                c.configureBlocking(false);
                s.configureBlocking(false);
                long[] written = new long[2];
                long[] read = new long[2];
                SocketChannel[] ends = {c, s};
                Random rnd = new Random(7);
                int checked = 0;
                for (int i = 0; i < 300; i++) {
                    int side = rnd.nextInt(2);
                    if (rnd.nextBoolean()) {
                        written[side] += ends[side].write(ByteBuffer.allocate(1 + rnd.nextInt(200_000)));
                    } else {
                        int n = ends[side].read(ByteBuffer.allocate(1 + rnd.nextInt(100_000)));
                        read[side] += Math.max(0, n);
                    }
                    for (int k = 0; k < 2; k++) {
                        int f = fd(ends[k]);
                        SocketFigures before = KernelSockets.queues(f, KernelSockets.Kind.TCP);
                        TcpCounters counters = KernelSockets.tcpCounters(f);
                        SocketFigures after = KernelSockets.queues(f, KernelSockets.Kind.TCP);
                        assertNotNull(counters);
                        assertEquals(TcpState.ESTABLISHED, counters.state());
                        if (before.equals(after)) { // no ACK arrived between the reads
                            assertEquals(after.recvQ(), counters.recvQ(read[k]), "recvQ of end " + k + " at step " + i);
                            assertEquals(after.sendQ(), counters.sendQ(written[k], k == 0), "sendQ of end " + k + " at step " + i);
                            checked++;
                        }
                    }
                }
                assertTrue(checked > 300, "most reads were stable: " + checked);
            }
        }
    }

    @Test
    void listenerReportsItsAcceptQueueAndTheBacklogTheKernelHolds() throws Exception {
        try (ServerSocketChannel ss = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            ss.bind(new InetSocketAddress("127.0.0.1", 0), 7);
            try (SocketChannel c = SocketChannel.open(ss.getLocalAddress())) {
                SocketFigures f = KernelSockets.read(fd(ss), KernelSockets.Kind.TCP_LISTENER);
                assertEquals(TcpState.LISTEN, f.state());
                assertEquals(1, f.acceptQ());
                assertEquals(7, f.backlog());
            }
        }
    }
}
