package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.SocketSnapshot;
import io.sockscope.model.event.ErrorKind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Family;
import io.sockscope.model.event.Proto;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The live package's plain-Java parts: legal calls, payloads, bind reach, coalescing, pacing, folders. */
class LiveUnitsTest {

    private static SocketSnapshot socket(Proto proto, String state, boolean blocking) {
        return new SocketSnapshot("s1", 7, proto, Family.INET, "server 1", "127.0.0.1:5000", "", state,
                Map.of(), null, 0, 0, blocking);
    }

    @Test
    void listeningTcpSocketOffersAcceptAndKeepsSendForTryingAnyway() {
        LegalCalls c = LegalCalls.of(socket(Proto.TCP, "listening", true));
        assertTrue(c.legal().containsAll(List.of(Call.ACCEPT, Call.REGISTER, Call.NON_BLOCKING, Call.CLOSE)));
        assertFalse(c.legal().contains(Call.SEND));
        assertTrue(c.others().contains(Call.SEND));
        assertTrue(c.others().contains(Call.CONNECT));
    }

    @Test
    void connectedTcpSocketOffersDataCallsHalfCloseAndReset() {
        LegalCalls c = LegalCalls.of(socket(Proto.TCP, "connected", false));
        assertTrue(c.legal().containsAll(List.of(Call.SEND, Call.RECV, Call.SHUTDOWN_INPUT, Call.SHUTDOWN_OUTPUT,
                Call.ABORT, Call.BLOCKING)));
        assertFalse(c.legal().contains(Call.ACCEPT));
    }

    @Test
    void udpSocketOffersDatagramCallsAndClosedSocketOffersNothingLegal() {
        assertTrue(LegalCalls.of(socket(Proto.UDP, "bound", true)).legal().containsAll(List.of(Call.SENDTO, Call.RECVFROM)));
        LegalCalls closed = LegalCalls.of(socket(Proto.TCP, "closed", true));
        assertEquals(List.of(), closed.legal());
        assertTrue(closed.others().contains(Call.SEND));
    }

    @Test
    void outsideProgramsSocketOffersNoCalls() {
        SocketSnapshot ext = new SocketSnapshot("s4", -1, Proto.TCP, Family.INET, "external: nc (pid 9)",
                "127.0.0.1:40000", "127.0.0.1:5000", "connected", Map.of(), null, 0, 0, true);
        assertEquals(new LegalCalls(List.of(), List.of()), LegalCalls.of(ext));
    }

    @Test
    void everyCallAndErrorKindHasTextInBothLanguages() {
        for (String lang : List.of("en", "zh")) {
            ResourceBundle b = ResourceBundle.getBundle("io.sockscope.app.ui.messages", java.util.Locale.forLanguageTag(lang),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Call c : Call.values()) {
                assertTrue(b.containsKey(c.labelKey()), lang + " " + c);
            }
            for (ErrorKind k : ErrorKind.values()) {
                assertTrue(b.containsKey("live.error." + k.name()), lang + " " + k);
            }
        }
    }

    @Test
    void payloadTextUnderstandsEscapesAndHexIgnoresSpacing() {
        assertArrayEquals("hi\r\n".getBytes(StandardCharsets.UTF_8), Payloads.parse("hi\\r\\n", false));
        assertArrayEquals(new byte[] {0x47, 0x45, 0x54, 0x0a}, Payloads.parse("47 45:54 0x0a", true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Payloads.parse("4g", true));
        assertTrue(e.getMessage().contains("4g"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Payloads.parse("abc", true));
    }

    @Test
    void bindReachSaysWhoCouldConnect() {
        assertEquals(Binds.Reach.LOOPBACK, Binds.reach("127.0.0.1:0"));
        assertEquals(Binds.Reach.LOOPBACK, Binds.reach("[::1]:8080"));
        assertEquals(Binds.Reach.LOOPBACK, Binds.reach("localhost:80"));
        assertEquals(Binds.Reach.ANY, Binds.reach("0.0.0.0:5000"));
        assertEquals(Binds.Reach.ANY, Binds.reach("[::]:5000"));
        assertEquals(Binds.Reach.HOST, Binds.reach("192.168.1.20:5000"));
        assertEquals(Binds.Reach.PATH, Binds.reach("/tmp/x.sock"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void pausedPaceHoldsUntilNextLetsOneStepThrough() throws Exception {
        Pace pace = new Pace(0);
        pace.setPaused(true);
        java.util.concurrent.atomic.AtomicInteger passed = new java.util.concurrent.atomic.AtomicInteger();
        Thread t = new Thread(() -> {
            try {
                pace.beforeStep(1, null);
                passed.incrementAndGet();
                pace.beforeStep(2, null);
                passed.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        waitFor(() -> t.getState() == Thread.State.WAITING);
        assertEquals(0, passed.get());
        pace.next();
        waitFor(() -> passed.get() == 1 && t.getState() == Thread.State.WAITING);
        pace.setPaused(false);
        t.join(5000);
        assertEquals(2, passed.get());
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void autosaveFolderFollowsXdgDataHomeAndIgnoresARelativeOne() {
        assertEquals(Path.of("/data/sockscope/sessions"), Autosave.sessionsDir(null, Map.of("XDG_DATA_HOME", "/data"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/sockscope/sessions"), Autosave.sessionsDir(null, Map.of("XDG_DATA_HOME", "rel"), "/home/u"));
        assertEquals(Path.of("/home/u/.local/share/sockscope/sessions"), Autosave.sessionsDir(null, Map.of(), "/home/u"));
        assertEquals(Path.of("/tmp/t/sockscope/sessions"), Autosave.sessionsDir("/tmp/t", Map.of("XDG_DATA_HOME", "/data"), "/home/u"));
    }

    @Test
    void payloadRepeatsToTheTotalAskedSoOneSendCanFillABuffer() {
        byte[] ab = "ab".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(ab, Payloads.repeat(ab, " "));
        assertArrayEquals("ababa".getBytes(StandardCharsets.UTF_8), Payloads.repeat(ab, "5"));
        assertEquals(100_000, Payloads.repeat(ab, "100,000").length);
        assertThrows(IllegalArgumentException.class, () -> Payloads.repeat(ab, "0"));
        assertThrows(IllegalArgumentException.class, () -> Payloads.repeat(ab, "lots"));
        assertThrows(IllegalArgumentException.class, () -> Payloads.repeat(new byte[0], "10"));
    }
}
