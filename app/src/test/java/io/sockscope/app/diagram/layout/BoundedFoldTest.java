package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live fold keeps its drawing records for the newest rows only, whatever the session's length:
 * two million events of an echo session (built on demand, no sockets) go through it batch by
 * batch as the window feeds it, and what it holds stays under its bound all along.
 */
class BoundedFoldTest {
    private static final int HORIZON = 20_000;

    @Test
    void aLiveFoldHoldsABoundedWorkingSetWhileTheSessionGrows() {
        EchoSession session = new EchoSession(2_000_000, 100);
        SessionFold fold = SessionFold.bounded(session.subList(0, 0), HORIZON);
        RowAxis axis = new RowAxis(LayoutMode.TIME);
        long most = 0;
        for (int from = 0; from < session.size(); from += 2_000) {
            fold.append(session.subList(from, Math.min(session.size(), from + 2_000)));
            axis.update(fold);
            axis.dropBefore(fold.firstHeld());
            most = Math.max(most, fold.recordsHeld());
            assertThat(fold.rowCount() - fold.firstHeld()).isLessThanOrEqualTo(HORIZON + HORIZON / 4);
            assertThat(fold.checkpointCount()).isLessThanOrEqualTo(Checkpoints.BOUNDED + 2 + (HORIZON + HORIZON / 4) * 5 / 4 / Checkpoints.EVERY);
        }
        // per row: the row, at most one data arrow, and a few marks, accepts and activations per connection
        assertThat(most).isLessThan(3L * (HORIZON + HORIZON / 4));
        assertThat(fold.rowCount()).isGreaterThan(1_600_000); // queue samples have no row of their own
        assertThat(fold.firstHeld()).isGreaterThan(fold.rowCount() - HORIZON - HORIZON / 4);
        assertThat(axis.firstKept()).isEqualTo(fold.firstHeld());
        Row newest = fold.rows().get(fold.rowCount() - 1);
        assertThat(newest.seq()).isEqualTo(session.size() - 1);
        assertThat(fold.lifelines().size()).isGreaterThan(2 * (session.size() / session.block())); // one a socket: kept
    }

    @Test
    void rowsOfEventsLetGoAreStillKnownAndReadBackFromTheStore() {
        EchoSession session = new EchoSession(300_000, 40);
        SessionFold whole = SessionFold.bounded(session, Integer.MAX_VALUE);
        SessionFold live = SessionFold.bounded(session.subList(0, 0), 5_000);
        for (int from = 0; from < session.size(); from += 1_000) {
            live.append(session.subList(from, Math.min(session.size(), from + 1_000)));
        }
        assertThat(live.firstHeld()).isGreaterThan(200_000);
        for (long seq = 0; seq < session.size(); seq += 997) {
            assertThat(live.rowOfSeq(seq)).as("row of %d", seq).isEqualTo(whole.rowOfSeq(seq));
        }
        Event early = live.event(12_345);
        assertThat(early).isEqualTo(session.get(12_345));
        int row = whole.rowOfSeq(1_000);
        SessionFold region = SessionFold.region(session, session.size(), row - 100, row + 100, false);
        assertThat(region.snapshotAt("c3", 1_000)).isEqualTo(whole.snapshotAt("c3", 1_000));
        assertThat(live.rowCount()).isEqualTo(whole.rowCount());
        int first = live.firstHeld();
        assertThat(live.marks()).isNotEmpty().isEqualTo(Rows.between(whole.marks(), Mark::row, first, whole.rowCount()));
        assertThat(live.creations()).isNotEmpty()
                .isEqualTo(Rows.between(whole.creations(), CreationArrow::row, first, whole.rowCount()));
        for (Lifeline l : whole.lifelines()) { // a closed socket's head shows its last queue sample
            assertThat(live.queueAt(l.socket(), first)).as(l.socket()).isEqualTo(whole.queueAt(l.socket(), first));
        }
    }

    @Test
    void aRegionFoldHoldsTheRecordsOfItsRowsAsTheWholeFoldHasThem() {
        EchoSession session = new EchoSession(120_000, 30);
        SessionFold whole = SessionFold.bounded(session, Integer.MAX_VALUE);
        SessionFold region = SessionFold.region(session, session.size(), 40_000, 41_000, false);
        assertThat(region.rowCount()).isEqualTo(whole.rowCount());
        assertThat(region.recordsHeld()).isLessThan(4_000);
        assertThat(region.rows().subList(40_000, 41_001)).map(Row::seq)
                .isEqualTo(whole.rows().subList(40_000, 41_001).stream().map(Row::seq).toList());
        assertThat(region.arrowsBetween(40_100, 40_900)).containsExactlyElementsOf(whole.arrowsBetween(40_100, 40_900));
        assertThat(Rows.between(region.marks(), Mark::row, 40_000, 41_000))
                .isEqualTo(Rows.between(whole.marks(), Mark::row, 40_000, 41_000));
        assertThat(region.activations()).isSubsetOf(whole.activations());
        // the sockets closed before its first row are let go of as by a live fold (the matcher's ends: two a connection)
        assertThat(region.perSocketHeld()[2]).isLessThan(whole.perSocketHeld()[2] * 3 / 4);
        assertThat(List.copyOf(region.lifelines())).map(Lifeline::socket)
                .isEqualTo(List.copyOf(whole.lifelines()).stream().map(Lifeline::socket).toList());
    }
}
