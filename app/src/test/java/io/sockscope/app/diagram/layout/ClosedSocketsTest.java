package io.sockscope.app.diagram.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.sockscope.model.event.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live fold lets go of what it keeps for sockets closed before its held rows: fed 20,000
 * connections batch by batch, its per-socket entries (checkpoint copies of socket states, the
 * stream matcher's ends and segments, signals, outside peers' byte counts, the row table's
 * socket numbers) stay within what the held rows' sockets need, whatever the number of
 * connections; its histories keep a closed socket's last head and kernel state only. What
 * it answers for the held rows, and the socket states at any event, are the whole fold's. A
 * region fold of the first rows lets go the same way of the connections after its rows.
 */
class ClosedSocketsTest {
    private static final int HORIZON = 5_000;
    private static final int CONNECTIONS = 20_000;

    @Test
    void aServeSessionsClosedConnectionsCostNoMoreThanTheirLifelines() {
        ServeSession session = new ServeSession(3 + CONNECTIONS / 50 * new ServeSession(0, 50, 4).waveEvents(), 50, 4);
        SessionFold live = fedLive(session);
        assertThat(session.connections(session.size())).isEqualTo(CONNECTIONS);
        assertSameAsWhole(session, live);
    }

    @Test
    void anEchoSessionsClosedConnectionsCostNoMoreThanTheirLifelines() {
        EchoSession session = new EchoSession(CONNECTIONS * new EchoSession(0, 3).block() + 3, 3);
        assertSameAsWhole(session, fedLive(session));
    }

    /** The live fold of {@code session}, fed batch by batch, its per-socket entries checked all along. */
    private static SessionFold fedLive(List<Event> session) {
        GrowingList store = new GrowingList(session);
        SessionFold live = SessionFold.bounded(store, HORIZON);
        long[] most = new long[8];
        for (int n = 1_000; store.size() < session.size(); n += 1_000) {
            live.append(store.grow(n));
            long[] held = live.perSocketHeld();
            for (int i = 0; i < held.length; i++) {
                most[i] = Math.max(most[i], held[i]);
            }
        }
        assertBounded(live, most, "live fold");
        return live;
    }

    /** {@code most}, {@code f}'s per-socket entries, are bounded by its rows' sockets, far below the connections it saw. */
    private static void assertBounded(SessionFold f, long[] most, String what) {
        int sockets = f.lifelines().size();
        assertThat(sockets).as(what).isGreaterThan(2 * CONNECTIONS);
        // the held rows (at most 6,250) have at most a few hundred sockets: bounds far below the sockets seen
        assertThat(most[0]).as(what + ": socket states in checkpoint copies").isLessThan(40L * 1_000);
        assertThat(most[1]).as(what + ": socket states retired, once each").isLessThanOrEqualTo(sockets);
        assertThat(most[2]).as(what + ": the matcher's ends").isLessThan(1_000);
        assertThat(most[3]).as(what + ": the matcher's segments").isLessThan(5_000);
        assertThat(most[4]).as(what + ": ends waiting for a peer").isLessThan(100);
        assertThat(most[5]).as(what + ": signals' and outside peers' entries").isLessThan(2_000);
        assertThat(most[6]).as(what + ": the row table's socket numbers").isLessThan(1_000);
        assertThat(f.perSocketHeld()[7]).as(what + ": heads, kernel states and queue samples").isLessThan(3L * sockets);
    }

    @Test
    void aRegionOfEarlyRowsLetsGoOfTheConnectionsAfterItsRows() {
        ServeSession serve = new ServeSession(3 + CONNECTIONS / 50 * new ServeSession(0, 50, 4).waveEvents(), 50, 4);
        EchoSession echo = new EchoSession(CONNECTIONS * new EchoSession(0, 3).block() + 3, 3);
        for (List<Event> session : List.of(serve, echo)) {
            SessionFold whole = SessionFold.bounded(session, Integer.MAX_VALUE);
            for (int first : new int[] {0, 1_234}) {
                int last = first + 2_000;
                SessionFold region = SessionFold.region(session, session.size(), first, last, false);
                assertBounded(region, region.perSocketHeld(), "region of rows " + first + ".." + last);
                assertRegionAsWhole(region, whole);
            }
        }
    }

    /**
     * What a region of early rows answers for its rows (lifelines and columns, heads, kernel
     * states and queue samples of every socket, the later ones' included; data arrows crossing
     * them, socket states and snapshots at their events) is the whole fold's.
     */
    private static void assertRegionAsWhole(SessionFold region, SessionFold whole) {
        int first = region.firstHeld();
        int last = region.lastHeld();
        assertThat(List.copyOf(region.lifelines())).map(Lifeline::toString)
                .isEqualTo(List.copyOf(whole.lifelines()).stream().map(Lifeline::toString).toList());
        assertThat(region.columns()).map(Lifeline::socket).isEqualTo(whole.columns().stream().map(Lifeline::socket).toList());
        for (int row : new int[] {first, first + 1, (first + last) / 2, last - 1, last}) {
            for (Lifeline l : whole.lifelines()) {
                String s = l.socket();
                assertThat(region.headAt(s, row)).as("head of %s at %d", s, row).isEqualTo(whole.headAt(s, row));
                assertThat(region.kernelStateAt(s, row)).as("kernel state of %s at %d", s, row).isEqualTo(whole.kernelStateAt(s, row));
                assertThat(region.queueAt(s, row)).as("queue of %s at %d", s, row).isEqualTo(whole.queueAt(s, row));
            }
        }
        assertThat(crossing(region.arrowsBetween(first, last), first, last))
                .containsExactlyElementsOf(crossing(whole.arrowsBetween(first, last), first, last));
        for (int row = first; row <= last; row += 97) {
            long seq = whole.rows().get(row).seq();
            assertThat(region.statesAfter(seq)).as("states after %d", seq).isEqualTo(whole.statesAfter(seq));
            String s = whole.rows().get(row).socket();
            if (s != null) {
                assertThat(region.snapshotAt(s, seq)).as("%s after %d", s, seq).isEqualTo(whole.snapshotAt(s, seq));
            }
        }
    }

    private static List<DataArrow> crossing(List<DataArrow> arrows, int first, int last) {
        return arrows.stream().filter(a -> a.fromRow() <= last && a.toRow() >= first).toList();
    }

    /** What the live fold answers for its held rows, and the states at any event, are the whole fold's. */
    private static void assertSameAsWhole(List<Event> session, SessionFold live) {
        SessionFold whole = SessionFold.bounded(session, Integer.MAX_VALUE);
        int first = live.firstHeld();
        int last = live.rowCount() - 1;
        assertThat(first).isGreaterThan(last - HORIZON - HORIZON / 4);
        assertThat(List.copyOf(live.lifelines())).map(Lifeline::toString)
                .isEqualTo(List.copyOf(whole.lifelines()).stream().map(Lifeline::toString).toList());
        assertThat(live.columns()).map(Lifeline::socket).isEqualTo(whole.columns().stream().map(Lifeline::socket).toList());
        for (int row : new int[] {first, first + 1, first + 777, (first + last) / 2, last - 1, last}) {
            for (Lifeline l : whole.lifelines()) {
                String s = l.socket();
                assertThat(live.headAt(s, row)).as("head of %s at %d", s, row).isEqualTo(whole.headAt(s, row));
                assertThat(live.kernelStateAt(s, row)).as("kernel state of %s at %d", s, row).isEqualTo(whole.kernelStateAt(s, row));
                assertThat(live.queueAt(s, row)).as("queue of %s at %d", s, row).isEqualTo(whole.queueAt(s, row));
            }
        }
        assertThat(live.arrowsBetween(first, last)).containsExactlyElementsOf(
                whole.arrowsBetween(first, last).stream().filter(a -> a.toRow() >= first).toList()); // those read before are drawn before
        assertThat(live.unread()).containsExactlyElementsOf(whole.unread().stream()
                .filter(a -> a.fromRow() >= first || !closedBefore(whole.lifeline(a.toSocket()), first)).toList());
        assertThat(live.signals()).containsExactlyElementsOf(whole.signals().stream().filter(s -> s.toRow() >= first).toList());
        assertThat(Rows.between(live.marks(), Mark::row, first, last)).isEqualTo(Rows.between(whole.marks(), Mark::row, first, last));
        List<String> around = new ArrayList<>(); // closed about the first held row
        List<String> spread = new ArrayList<>();
        for (Lifeline l : whole.lifelines()) {
            if (l.closed() && l.lastRow() >= first - 100 && l.lastRow() < first + 100) {
                around.add(l.socket());
            } else if (l.socket().hashCode() % 997 == 0) {
                spread.add(l.socket());
            }
        }
        assertThat(around).hasSizeGreaterThan(4);
        List<String> sockets = new ArrayList<>(around.subList(0, Math.min(20, around.size())));
        sockets.addAll(spread.subList(0, Math.min(20, spread.size())));
        for (long seq = 0; seq < session.size(); seq += session.size() / 37) {
            assertThat(live.statesAfter(seq)).as("states after %d", seq).isEqualTo(whole.statesAfter(seq));
        }
        long firstSeq = live.rows().get(first).seq();
        for (long seq : new long[] {firstSeq, firstSeq + 1_234, session.size() - 1}) {
            assertThat(live.statesAfter(seq)).as("states after %d", seq).isEqualTo(whole.statesAfter(seq));
            for (String s : sockets) { // each a state at k folded again: a few
                assertThat(live.snapshotAt(s, seq)).as("%s after %d", s, seq).isEqualTo(whole.snapshotAt(s, seq));
            }
        }
    }

    private static boolean closedBefore(Lifeline l, int row) {
        return l != null && l.closed() && l.lastRow() < row;
    }
}
