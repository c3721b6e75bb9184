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
