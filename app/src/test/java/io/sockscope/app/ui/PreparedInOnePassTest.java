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
 * A session worked out while its file is checked and indexed (one read of the file) is the same
 * as one worked out by reading the store back afterwards (two reads): same rows, lifelines,
 * arrows, marks, filter choices and steps, for every shipped sample.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreparedInOnePassTest {
    static Stream<Path> samples() throws Exception {
        return Files.list(Path.of(System.getProperty("sockscope.samples", "../resources/sessions"))).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void foldingWhileIndexingGivesTheSessionOfTwoReads(Path sample) throws Exception {
        PreparedSession.Folding folding = new PreparedSession.Folding();
        LoadedSession once = SessionFiles.read(sample, bytes -> { }, folding);
        LoadedSession twice = SessionFiles.read(sample, bytes -> { });
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
