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

    /**
     * One end's counters give the other end's queues when their bounds meet ({@link TcpProgress#peer}):
     * over random traffic both ways, each derived figure equals what SIOCINQ and SIOCOUTQ of
     * the other end say (checked only where neither end's figures moved between the reads, so
     * that the derived and the read figures belong to one moment).
     */
    @Test
    void peerQueuesDerivedFromOneEndsCountersEqualThePeersSiocinqAndSiocoutq() throws Exception {
        try (ServerSocketChannel ss = ServerSocketChannel.open(StandardProtocolFamily.INET)) {
            ss.bind(new InetSocketAddress("127.0.0.1", 0));
            try (SocketChannel c = SocketChannel.open(ss.getLocalAddress()); SocketChannel s = ss.accept()) {
                c.configureBlocking(false);
                s.configureBlocking(false);
                SocketChannel[] ends = {c, s};
                int[] fds = {fd(c), fd(s)};
                long[] written = new long[2];
                long[] read = new long[2];
                TcpProgress[] known = {TcpProgress.NONE, TcpProgress.NONE};
                Random rnd = new Random(11);
                int derived = 0;
                int derivedUnread = 0;
                int stable = 0;
                for (int i = 0; i < 3000; i++) {
                    int side = rnd.nextInt(2);
                    boolean bulk = rnd.nextInt(4) > 0; // mostly one way, as a transfer is
                    int writer = bulk ? 0 : side;
                    if (bulk ? rnd.nextBoolean() : rnd.nextInt(3) == 0) {
                        written[writer] += ends[writer].write(ByteBuffer.allocate(1 + rnd.nextInt(100_000)));
                    } else {
                        int reader = bulk ? 1 : side;
                        read[reader] += Math.max(0, ends[reader].read(ByteBuffer.allocate(1 + rnd.nextInt(100_000))));
                    }
                    int k = rnd.nextInt(2);
                    int o = 1 - k;
                    SocketFigures peerBefore = KernelSockets.queues(fds[o], KernelSockets.Kind.TCP);
                    TcpCounters counters = KernelSockets.tcpCounters(fds[k]);
                    SocketFigures peerAfter = KernelSockets.queues(fds[o], KernelSockets.Kind.TCP);
                    TcpCounters again = KernelSockets.tcpCounters(fds[k]);
                    assertEquals(TcpState.ESTABLISHED, counters.state());
                    if (!peerBefore.equals(peerAfter) || !counters.equals(again)) {
                        continue; // a segment or an ACK moved between the reads: no single moment to compare
                    }
                    stable++;
                    TcpProgress mine = counters.progress(k == 0);
                    known[k] = mine;
                    TcpProgress peer = mine.peer(counters.inFlight(), written[k], known[o], written[o]);
                    if (peer != null) {
                        assertEquals(peerAfter.sendQ(), peer.sendQ(written[o]), "derived sendQ of end " + o + " at step " + i);
                        assertEquals(peerAfter.recvQ(), peer.recvQ(read[o]), "derived recvQ of end " + o + " at step " + i);
                        known[o] = peer;
                        derived++;
                        if (peerAfter.recvQ() > 0 && peerAfter.sendQ() == 0) {
                            derivedUnread++; // the peer's received bytes came from this end's acknowledged ones
                        }
                    }
                }
                assertTrue(stable > 2000, "most reads were stable: " + stable);
                assertTrue(derived > 100, "the peer was often determined: " + derived + " of " + stable);
                assertTrue(derivedUnread > 100, "often with bytes waiting in the peer: " + derivedUnread);
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
