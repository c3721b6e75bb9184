package io.sockscope.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.sessions.store.SessionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session worked out while its file is checked and indexed (one read of the file, parsed on a
 * second thread, {@link ReadAhead}, as the window opens it) is the same as one worked out on one
 * thread by reading the store back afterwards (two reads): same rows, lifelines, arrows, marks,
 * filter choices and steps, for every shipped sample, also as a session of more events than the
 * read-ahead queue holds. A damaged file fails with the same reason at the same line, and a
 * cut-off last line is dropped at the same line, as when read on one thread.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreparedInOnePassTest {
    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void foldingWhileIndexingGivesTheSessionOfTwoReads(Path sample) throws Exception {
        assertSameSession(sample);
    }

    /** More events than the read-ahead holds at once: the reader waits for the folding thread. */
    @org.junit.jupiter.api.Test
    void aSessionLongerThanTheQueueIsTheSame(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertSameSession(Longer.write(dir.resolve("long.sockscope"), 3 * ReadAhead.AHEAD * ReadAhead.BATCH));
    }

    /** A damaged line, a cut-off gzip file: the same failure as read on one thread, after all the events before it. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"bad-line", "bad-line-late", "cut-gzip"})
    void aDamagedFileFailsAsOnOneThread(String damage, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = Longer.damaged(dir, damage);
        Exception alone = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> SessionFiles.read(file, b -> { }));
        long[] handed = new long[1];
        Exception ahead = org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
                () -> ReadAhead.read(SessionFiles.SOURCE, file, b -> { }, events -> handed[0] += events.size()));
        assertEquals(alone.getClass(), ahead.getClass());
        assertEquals(alone.getMessage(), ahead.getMessage());
        assertEquals(LoadFailure.of(file, alone), LoadFailure.of(file, ahead));
        org.junit.jupiter.api.Assertions.assertTrue(handed[0] > 0 || damage.equals("bad-line"), "events before the damage were handed over");
    }

    /** A last line cut off (a crash while writing): dropped at the same line, every event before it folded. */
    @org.junit.jupiter.api.Test
    void aCutOffLastLineIsDroppedAsOnOneThread(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = Longer.damaged(dir, "cut-tail");
        LoadedSession alone = SessionFiles.read(file, b -> { });
        org.junit.jupiter.api.Assertions.assertTrue(alone.droppedLine() > 0, "the sample has a cut-off last line");
        assertSameSession(file);
        PreparedSession.Folding folding = new PreparedSession.Folding();
        LoadedSession ahead = ReadAhead.read(SessionFiles.SOURCE, file, b -> { }, folding::acceptAll);
        try (SessionStore a = alone.store(); SessionStore b = ahead.store()) {
            assertEquals(alone.droppedLine(), ahead.droppedLine());
            assertEquals(a.size(), b.size());
            assertEquals(a.size(), folding.count());
        }
    }

    /** Opening cancelled (the loading thread interrupted) while the reader is ahead: both stop, nothing is left reading. */
    @org.junit.jupiter.api.Test
    void cancellingStopsTheReader(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = Longer.write(dir.resolve("long.sockscope"), 3 * ReadAhead.AHEAD * ReadAhead.BATCH);
        long[] handed = new long[1];
        org.junit.jupiter.api.Assertions.assertThrows(InterruptedException.class,
                () -> ReadAhead.read(SessionFiles.SOURCE, file, b -> { }, events -> {
                    handed[0] += events.size();
                    Thread.currentThread().interrupt();
                }));
        Thread.interrupted();
        assertEquals(ReadAhead.BATCH, handed[0], "no batch was taken after the interrupt");
        org.junit.jupiter.api.Assertions.assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("sockscope-read-long.sockscope")), "the reader stopped");
    }

    private static void assertSameSession(Path sample) throws Exception {
        PreparedSession.Folding folding = new PreparedSession.Folding();
        LoadedSession once = ReadAhead.read(SessionFiles.SOURCE, sample, bytes -> { }, folding::acceptAll);
        LoadedSession twice = SessionFiles.read(sample, bytes -> { });
        assertEquals(twice.title(), once.title());
        assertEquals(twice.droppedLine(), once.droppedLine());
        assertEquals(twice.scenario(), once.scenario());
        try (SessionStore a = once.store(); SessionStore b = twice.store()) {
            PreparedSession one = folding.finish(a);
            assertNotNull(one, "every event of " + sample.getFileName() + " was folded as it was read");
            PreparedSession two = PreparedSession.of(b, n -> { });
            assertEquals(two.sockets(), one.sockets());
            assertEquals(two.types(), one.types());
            assertEquals(two.counted(), one.counted());
            assertEquals(two.steps(), one.steps());
            FoldView f = one.fold();
            FoldView g = two.fold();
            assertEquals(seqs(g.rows()), seqs(f.rows()), "rows");
            assertEquals(g.lifelines().toString(), f.lifelines().toString());
            assertEquals(g.arrowsBetween(0, g.rowCount() - 1).toString(), f.arrowsBetween(0, f.rowCount() - 1).toString());
            assertEquals(g.unread().toString(), f.unread().toString());
            assertEquals(g.marks().toString(), f.marks().toString());
            assertEquals(g.activations().toString(), f.activations().toString());
            assertEquals(g.signals().toString(), f.signals().toString());
            for (int r = 0; r < f.rowCount(); r++) {
                assertEquals(g.rows().get(r).event(), f.rows().get(r).event(), "the event of row " + r + ", read back from the store");
            }
        }
    }

    private static List<Long> seqs(List<Row> rows) {
        return rows.stream().map(Row::seq).toList();
    }
}
