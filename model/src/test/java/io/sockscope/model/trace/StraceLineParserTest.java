package io.sockscope.model.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StraceLineParserTest {

    @Test
    void callSplitsIntoPidTimeNameArgsAndResult() {
        StraceLine l = StraceLineParser.parse("31971 1796113298.289589 listen(3<TCP:[127.0.0.1:34099]>, 5) = 0");
        assertEquals(31971, l.pid());
        assertEquals(1796113298289589L, l.micros());
        assertEquals(StraceLine.Kind.CALL, l.kind());
        assertEquals("listen", l.name());
        assertEquals("3<TCP:[127.0.0.1:34099]>, 5", l.args());
        assertEquals(0, l.parsedResult().value());
    }

    @Test
    void errorResultNamesErrnoAndReason() {
        Result r = StraceLineParser.parse("7 recvfrom(3<TCP:[1.2.3.4:5->1.2.3.4:6]>, 0x55, 1024, 0, NULL, NULL) = -1 EAGAIN (Resource temporarily unavailable)").parsedResult();
        assertEquals(-1, r.value());
        assertEquals("EAGAIN", r.errno());
        assertEquals("Resource temporarily unavailable", r.reason());
    }

    @Test
    void unfinishedAndResumedHalvesCarryTheirParts() {
        StraceLine u = StraceLineParser.parse("[pid  42] 1.000001 accept4(3<TCP:[127.0.0.1:5000]>,  <unfinished ...>");
        assertEquals(StraceLine.Kind.UNFINISHED, u.kind());
        assertEquals(42, u.pid());
        assertEquals("accept4", u.name());
        StraceLine r = StraceLineParser.parse("42 2.5 <... accept4 resumed>{sa_family=AF_INET, sin_port=htons(40130), sin_addr=inet_addr(\"\\x31\\x32\\x37\\x2e\\x30\\x2e\\x30\\x2e\\x31\")}, [16], SOCK_CLOEXEC) = 4<TCP:[127.0.0.1:5000->127.0.0.1:40130]>");
        assertEquals(StraceLine.Kind.RESUMED, r.kind());
        assertEquals("TCP:[127.0.0.1:5000->127.0.0.1:40130]", r.parsedResult().tag());
        FdTag tag = FdTag.parse(r.parsedResult().tag());
        assertEquals("127.0.0.1:5000", tag.local());
        assertEquals("127.0.0.1:40130", tag.remote());
        assertEquals("127.0.0.1:40130", SockAddr.of(Args.split(r.args()).get(0)));
    }

    @Test
    void selectResultKeepsItsReadySets() {
        Result r = Result.parse("1 (in [3], left {tv_sec=0, tv_usec=5})");
        assertEquals(1, r.value());
        assertEquals("in [3], left {tv_sec=0, tv_usec=5}", r.extra());
    }

    @Test
    void restartedCallIsNotAnEnd() {
        assertTrue(StraceLineParser.parse("5 1.0 <... accept4 resumed>0x7ffc, [16], SOCK_CLOEXEC) = ? ERESTARTSYS (To be restarted if SA_RESTART is set)")
                .parsedResult().restarted());
    }

    @Test
    void escapedStringsDecodeToTheirBytes() {
        assertArrayEquals(new byte[] {'h', 'i', 0, (byte) 0xff, '\n'}, Args.bytes("\"\\x68\\x69\\x00\\xff\\x0a\""));
        assertArrayEquals("a\tb\"".getBytes(), Args.bytes("\"a\\tb\\\"\"..."));
        assertTrue(Args.cut("\"abc\"..."));
    }

    @Test
    void ipv6AndUnixAddressesReadAsEventsShowThem() {
        assertEquals("[::1]:47805", SockAddr.of("{sa_family=AF_INET6, sin6_port=htons(47805), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"\\x3a\\x3a\\x31\", &sin6_addr), sin6_scope_id=0}"));
        assertEquals("/tmp/s", SockAddr.of("{sa_family=AF_UNIX, sun_path=\"\\x2f\\x74\\x6d\\x70\\x2f\\x73\"}"));
        FdTag unix = FdTag.parse("UNIX-STREAM:[84396->84392,\"\\x2f\\x74\\x6d\\x70\\x2f\\x73\"]");
        assertEquals(84396, unix.inode());
        assertEquals("/tmp/s", unix.local());
        assertEquals(FdTag.NONE, FdTag.parse("\\x2f\\x74\\x6d\\x70"));
    }

    @Test
    void procNetAddressesDecodeLittleEndianWords() {
        assertEquals("127.0.0.1:8080", AddressBook.address("0100007F:1F90", false));
        assertEquals("127.0.0.1:80", AddressBook.address("0000000000000000FFFF00000100007F:0050", true));
        assertEquals("[::1]:80", AddressBook.address("00000000000000000000000001000000:0050", true));
    }

    @Test
    void aLineCutOffMidCallIsAnEntryStillInTheKernel() {
        StraceLine e = StraceLineParser.entry("31971 1796113298.310983 accept4(3<TCP:[127.0.0.1:34099]>, ");
        assertEquals("accept4", e.name());
        assertNull(StraceLineParser.entry("no call here"));
    }
}
