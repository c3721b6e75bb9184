package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Naming an outside peer from /proc: a fake /proc tree for the parsing, the real one for this JVM's socket. */
class PeerNamesTest {

    @Test
    void procAddressesDecodeForIpv4AndIpv4MappedIpv6() {
        assertEquals(PeerNames.Endpoint.parse("127.0.0.1:54321"), PeerNames.Endpoint.fromProc("0100007F:D431"));
        assertEquals(PeerNames.Endpoint.parse("127.0.0.1:54321"),
                PeerNames.Endpoint.fromProc("0000000000000000FFFF00000100007F:D431"));
        assertEquals(PeerNames.Endpoint.parse("[::1]:80"), PeerNames.Endpoint.fromProc("00000000000000000000000001000000:0050"));
    }

    @Test
    void fakeProcTreeNamesTheProcessHoldingTheSocket() throws Exception {
        Path proc = Files.createTempDirectory("proc");
        Files.createDirectories(proc.resolve("net"));
        Files.writeString(proc.resolve("net/tcp"), """
                  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
                   0: 0100007F:1388 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 111 1
                   1: 0100007F:D431 0100007F:1388 01 00000000:00000000 00:00000000 00000000  1000        0 222 1
                """);
        Files.writeString(proc.resolve("net/tcp6"), "  sl  local_address\n");
        Path fd = Files.createDirectories(proc.resolve("4242/fd"));
        Files.createSymbolicLink(fd.resolve("3"), Path.of("socket:[222]"));
        Files.writeString(proc.resolve("4242/comm"), "nc\n");
        Files.createDirectories(proc.resolve("99/fd"));
        PeerNames names = new PeerNames(proc);
        assertEquals(222, names.inode("127.0.0.1:54321").getAsLong());
        assertEquals("external: nc (pid 4242)", names.owner("127.0.0.1:54321"));
        assertEquals("external: 127.0.0.1:9", names.owner("127.0.0.1:9"));
        assertEquals(new PeerNames.Peer("external: nc (pid 4242)", 4242, "nc"), names.peer("127.0.0.1:54321"));
        assertEquals(new PeerNames.Peer("external: 127.0.0.1:9", -1, ""), names.peer("127.0.0.1:9"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void realProcNamesThisJvmAsTheOwnerOfALoopbackClient() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux /proc only");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            String owner = PeerNames.system().owner("127.0.0.1:" + client.getLocalPort());
            assertEquals("external: java (pid " + ProcessHandle.current().pid() + ")", owner);
            assertTrue(accepted.isConnected());
        }
    }
}
