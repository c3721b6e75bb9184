package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Bind;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SessionWriterTest {
    @TempDir
    Path dir;

    private static SessionHeader header() {
        return SessionHeader.create("w", "", "en");
    }

    @Test
    void headerIsOnDiskAsSoonAsTheWriterOpens() throws Exception {
        Path f = dir.resolve("h.sockscope");
        SessionWriter w = SessionWriter.open(f, header(), WriterOptions.defaults());
        try (SessionReader r = SessionReader.open(f)) {
            assertEquals("w", r.header().title());
        }
        w.close();
    }

    @Test
    void noteIsOnDiskWhenAcceptReturns() throws Exception {
        Path f = dir.resolve("n.sockscope");
        try (SessionWriter w = SessionWriter.open(f, header(), WriterOptions.defaults())) {
            w.accept(new Bind(0, 0, "s1", "127.0.0.1:1"));
            w.accept(new Note(1, 5, "步骤一", "zh", 1));
            assertEquals(2, Sessions.readAll(f).events().size());
        }
    }

    @Test
    @Timeout(30)
    void otherEventsReachTheFileWithoutFurtherWrites() throws Exception {
        Path f = dir.resolve("t.sockscope");
        try (SessionWriter w = SessionWriter.open(f, header(), WriterOptions.defaults())) {
            w.accept(new Bind(0, 0, "s1", "127.0.0.1:1"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (Sessions.readAll(f).events().isEmpty()) {
                assertTrue(System.nanoTime() < deadline, "event never flushed");
                Thread.sleep(5);
            }
        }
    }

    @Test
    @Timeout(60)
    void eventsHandedInFromSeveralThreadsAllArriveInOrder() throws Exception {
        Path f = dir.resolve("mt.sockscope");
        Object turn = new Object();
        long[] next = {0};
        int perThread = 5000;
        try (SessionWriter w = SessionWriter.open(f, header(), WriterOptions.defaults())) {
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                Thread t = new Thread(() -> {
                    for (int i = 0; i < perThread; i++) {
                        synchronized (turn) { // the engine delivers in order, possibly from different threads
                            long seq = next[0]++;
                            w.accept(new Bind(seq, seq, "s" + Thread.currentThread().getName(), "x"));
                        }
                    }
                }, "" + k);
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            assertEquals(4L * perThread, w.written());
        }
        assertEquals(4 * perThread, Sessions.readAll(f).events().size());
    }

    @Test
    void outOfOrderEventIsKeptAsTheFailureAndCloseThrowsIt() throws Exception {
        Path f = dir.resolve("o.sockscope");
        SessionWriter w = SessionWriter.open(f, header(), WriterOptions.defaults());
        w.accept(new Bind(0, 0, "s1", "a"));
        w.accept(new Bind(2, 1, "s1", "b"));
        w.accept(new Bind(3, 2, "s1", "c"));
        IOException e = w.failure().orElseThrow();
        assertTrue(e.getMessage().contains("event seq 2 t 1 out of order (expected seq 1"), e.getMessage());
        assertEquals(e, assertThrows(IOException.class, w::close));
        List<Event> back = Sessions.readAll(f).events();
        assertEquals(List.of(new Bind(0, 0, "s1", "a")), back, "the file stays readable up to the failure");
    }

    @Test
    void eventAfterCloseIsReportedNotWritten() throws Exception {
        Path f = dir.resolve("c.sockscope");
        SessionWriter w = SessionWriter.open(f, header(), WriterOptions.defaults());
        w.accept(new Bind(0, 0, "s1", "a"));
        w.close();
        w.accept(new Bind(1, 1, "s1", "b"));
        assertTrue(w.failure().orElseThrow().getMessage().contains("event 1 arrived after the writer was closed"));
        assertEquals(1, Sessions.readAll(f).events().size());
    }

    @Test
    void fullDiskFailsAtOpen() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(full), "needs /dev/full");
        IOException e = assertThrows(IOException.class, () -> SessionWriter.open(full, header(), WriterOptions.defaults()));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    }

    @Test
    void unwritablePlaceFailsAtOpen() {
        assertThrows(IOException.class,
                () -> SessionWriter.open(dir.resolve("no/such/dir/x.sockscope"), header(), WriterOptions.defaults()));
    }

    @Test
    void headerCarriesThisMachineAndBuild() {
        SessionHeader h = SessionHeader.create("t", "echo", "zh");
        assertEquals("sockscope-session", h.format());
        assertEquals(2, h.version());
        assertEquals(0, h.minor());
        assertEquals(System.getProperty("os.version"), h.kernel());
        assertTrue(h.os().startsWith(System.getProperty("os.name")));
        assertTrue(h.app().matches("\\d+\\.\\d+\\.\\d+.*"), "version from the filtered resource: " + h.app());
        assertTrue(java.time.Instant.parse(h.created()).isAfter(java.time.Instant.now().minusSeconds(60)));
    }
}
