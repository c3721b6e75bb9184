package io.sockscope.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sockscope.model.event.Family;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void formatsIpv4Ipv6MappedAndUnixAddresses() throws Exception {
        assertEquals("127.0.0.1:5000", Addresses.format(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 5000)));
        assertEquals("[::1]:5000", Addresses.format(new InetSocketAddress(InetAddress.getByName("::1"), 5000)));
        assertEquals("[fe80::1:0:0:2]:1", Addresses.format(new InetSocketAddress(InetAddress.getByName("fe80:0:0:0:1:0:0:2"), 1)));
        assertEquals("[2001:db8::1]:80", Addresses.format(new InetSocketAddress(InetAddress.getByName("2001:db8:0:0:0:0:0:1"), 80)));
        assertEquals("/tmp/x.sock", Addresses.format(UnixDomainSocketAddress.of("/tmp/x.sock")));
        assertEquals("", Addresses.format(null));
    }

    @Test
    void compressesOnlyTheLongestZeroRun() {
        byte[] b = new byte[16];
        b[1] = 1;   // group 0 = 1
        b[9] = 2;   // group 4 = 2; zero runs: groups 1-3 (3) and 5-7 (3): the first wins
        assertEquals("1::2:0:0:0", Addresses.compress(b));
    }

    @Test
    void emptyHostAndLocalhostMeanLoopbackOfTheFamily() throws Exception {
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), Addresses.parseInet(":0", Family.INET));
        assertEquals(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 80), Addresses.parseInet("80", Family.INET));
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 9), Addresses.parseInet("localhost:9", Family.INET6));
        assertEquals(new InetSocketAddress(InetAddress.getByName("::1"), 7), Addresses.parseInet("[::1]:7", Family.INET6));
        assertEquals(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0), Addresses.parseInet("0.0.0.0:0", Family.INET));
    }

    @Test
    void rejectsBadPorts() {
        assertThrows(IllegalArgumentException.class, () -> Addresses.parseInet("127.0.0.1:70000", Family.INET));
        assertThrows(IllegalArgumentException.class, () -> Addresses.parseInet("127.0.0.1:x", Family.INET));
        assertThrows(IllegalArgumentException.class, () -> Addresses.parseInet("[::1:5", Family.INET6));
    }
}
