package io.sockscope.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIndexTest {
    private static final int N = 3 * SessionIndex.STEP + 123;

    @TempDir
    Path dir;

    private static final long[] SEEKS = {0, 1, SessionIndex.STEP - 1, SessionIndex.STEP, SessionIndex.STEP + 1,
        2 * SessionIndex.STEP + 77, N - 1};

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void openAtAnyEventReadsFromThatEventToTheEnd(boolean gzip) throws Exception {
        List<Event> events = TailAndLimitsTest.manyEvents(N);
        Path f = RoundTripTest.write(dir.resolve("many.sockscope"), events, new WriterOptions(4096, gzip));
        SessionIndex index = SessionIndex.build(f);
        assertEquals(N, index.size());

        for (long seq : SEEKS) {
            List<Event> got = new ArrayList<>();
            try (SessionReader r = index.openAt(seq)) {
                while (r.hasNext()) {
                    got.add(r.next());
                }
            }
            assertEquals(events.subList((int) seq, N), got, "from " + seq);
        }
        try (SessionReader r = index.openAt(N)) {
            assertFalse(r.hasNext());
        }
        // going backwards after going forwards works too (gzip restarts from the beginning)
        assertEquals(events.subList(5, 15), index.read(5, 10));
        assertEquals(events.subList(N - 3, N), index.read(N - 3, 10));
    }

    /** Events of several types at irregular times, so that a seek that lost a line's dt would land on a wrong t. */
    static List<Event> irregular(int n) {
        java.util.Random rnd = new java.util.Random(5);
        List<Event> out = new ArrayList<>(n);
        long t = 0;
        for (int i = 0; i < n; i++) {
            t += rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(1_000_000);
            byte[] b = ("line " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.add(switch (i % 4) {
                case 0 -> new io.sockscope.model.event.Send(i, t, "s2", b.length, b.length, io.sockscope.model.event.Payload.of(b, b.length));
                case 1 -> new io.sockscope.model.event.Recv(i, t, "s3", 8192, b.length, io.sockscope.model.event.Payload.of(b, b.length));
                case 2 -> new io.sockscope.model.event.Queues(i, t, "s2", i % 300, 0, -1, -1, 8192, 131072,
                        io.sockscope.model.event.QueueSource.EXACT, -1);
                default -> new io.sockscope.model.event.Close(i, t, "s" + i, i % 8 == 3);
            });
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void seekIntoACompactFileRestoresSeqAndTime(boolean gzip) throws Exception {
        List<Event> events = irregular(N);
        Path f = RoundTripTest.write(dir.resolve("compact.sockscope"), events, new WriterOptions(4096, gzip));
        try (SessionReader r = SessionReader.open(f)) {
            assertEquals(SessionHeader.MINOR, r.header().minor());
        }
        SessionIndex index = SessionIndex.build(f);
        assertTrue(gzip || index.longestInflate() == 0);
        java.util.Random rnd = new java.util.Random(9);
        for (int i = 0; i < 300; i++) {
            int seq = i < SEEKS.length ? (int) SEEKS[i] : rnd.nextInt(N);
            try (SessionReader r = index.openAt(seq)) {
                Event e = r.next();
                assertEquals(events.get(seq), e, "seek to " + seq);
                assertEquals(seq, e.seq());
                assertEquals(events.get(seq).t(), e.t());
                if (seq + 1 < N) {
                    assertEquals(events.get(seq + 1), r.next(), "the event after " + seq);
                }
            }
        }
        assertEquals(events.subList(2 * SessionIndex.STEP - 5, 2 * SessionIndex.STEP + 5), index.read(2 * SessionIndex.STEP - 5, 10));
    }

    /** Lines another program wrote: time as {@code t} on some, {@code dt} after {@code type} on others. */
    @Test
    void seekIntoACompactFileWhoseLinesGiveTheirTimeInOtherPlaces() throws Exception {
        List<Event> events = irregular(N);
        Path f = RoundTripTest.write(dir.resolve("o.sockscope"), events, WriterOptions.defaults());
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        for (int i = 1; i < lines.size(); i++) {
            Event e = events.get(i - 1);
            String rest = lines.get(i).replaceFirst("^\\{\"dt\":[0-9]+,", "");
            lines.set(i, i % 3 == 0 ? "{\"t\":" + e.t() + "," + rest
                    : i % 3 == 1 ? "{" + rest.replaceFirst(",", ",\"dt\":" + (e.t() - (i > 1 ? events.get(i - 2).t() : 0)) + ",")
                    : lines.get(i));
        }
        Files2.lines(f, lines.toArray(String[]::new));
        assertEquals(events, Sessions.readAll(f).events());
        SessionIndex index = SessionIndex.build(f);
        for (int seq : new int[] {1, 2, 3, SessionIndex.STEP + 1, SessionIndex.STEP + 2, SessionIndex.STEP + 3, N - 1}) {
            try (SessionReader r = index.openAt(seq)) {
                assertEquals(events.get(seq), r.next(), "seek to " + seq);
            }
        }
    }

    @Test
    void seekIntoACompactFileWithEventsOfUnknownTypes() throws Exception {
        List<Event> events = irregular(N);
        Path f = RoundTripTest.write(dir.resolve("u.sockscope"), events, WriterOptions.defaults());
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        for (int i = lines.size() - 1000; i > 1; i -= 1000) {
            lines.add(i, "{\"dt\":0,\"type\":\"laterkind\",\"socket\":\"s1\"}");
        }
        Files2.lines(f, lines.toArray(String[]::new));
        SessionIndex index = SessionIndex.build(f);
        assertEquals(N, index.size());
        for (int seq : new int[] {0, 999, 1000, 1001, SessionIndex.STEP + 17, 3 * SessionIndex.STEP, N - 1}) {
            try (SessionReader r = index.openAt(seq)) {
                assertEquals(events.get(seq), r.next(), "seek to " + seq);
            }
        }
    }

    @Test
    void seqOutsideTheFileIsRefused() throws Exception {
        Path f = RoundTripTest.write(dir.resolve("s.sockscope"), TailAndLimitsTest.manyEvents(10), WriterOptions.defaults());
        SessionIndex index = SessionIndex.build(f);
        assertThrows(IndexOutOfBoundsException.class, () -> index.openAt(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> index.openAt(11));
    }

    @Test
    void indexOfAFileWithACutTailCountsTheCompleteEvents() throws Exception {
        Path f = RoundTripTest.write(dir.resolve("t.sockscope"), TailAndLimitsTest.manyEvents(5000), WriterOptions.defaults());
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length - 10));
        SessionIndex index = SessionIndex.build(f);
        assertEquals(4999, index.size());
        assertEquals(5001, index.droppedTail().orElseThrow().line());
        assertEquals(4998, index.read(4998, 5).get(0).seq());
        assertEquals(1, index.read(4998, 5).size());
    }

    @Test
    void indexBuildStopsAtTheFirstBadLine() throws Exception {
        Path f = Files2.lines(dir.resolve("b.sockscope"), Files2.HEADER, Files2.OPEN0, "{}");
        SessionFormatException e = assertThrows(SessionFormatException.class, () -> SessionIndex.build(f));
        assertEquals(f + ":3: missing field \"type\"", e.getMessage());
    }

    @Test
    void emptySessionHasAnEmptyIndex() throws Exception {
        Path f = Files2.lines(dir.resolve("e.sockscope"), Files2.HEADER);
        SessionIndex index = SessionIndex.build(f);
        assertEquals(0, index.size());
        assertTrue(index.read(0, 5).isEmpty());
    }
}
