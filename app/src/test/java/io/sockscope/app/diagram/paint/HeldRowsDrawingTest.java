package io.sockscope.app.diagram.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.EchoSession;
import io.sockscope.app.diagram.layout.GrowingList;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.ServeSession;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live fold lets go of what it kept for sockets closed before its held rows; the held rows
 * still draw what a fold that kept everything draws: every layer, heads of those closed
 * sockets' columns included, call by call, in both layouts, with and without an event
 * selected, for a serve session (outside programs' lifelines) and an echo session.
 */
class HeldRowsDrawingTest {
    @Test
    void aServeSessionsHeldRowsDrawAsTheWholeFold() {
        ServeSession s = new ServeSession(3 + 60 * new ServeSession(0, 50, 4).waveEvents(), 50, 4);
        assertHeldRowsDrawAsWhole(s);
    }

    @Test
    void anEchoSessionsHeldRowsDrawAsTheWholeFold() {
        assertHeldRowsDrawAsWhole(new EchoSession(3_000 * new EchoSession(0, 3).block() + 3, 3));
    }

    private static void assertHeldRowsDrawAsWhole(List<Event> session) {
        SessionFold whole = SessionFold.bounded(session, Integer.MAX_VALUE);
        for (LayoutMode mode : LayoutMode.values()) {
            GrowingList store = new GrowingList(session);
            SessionFold live = SessionFold.bounded(store, 5_000);
            RowAxis liveAxis = new RowAxis(mode);
            for (int n = 1_000; store.size() < session.size(); n += 1_000) {
                live.append(store.grow(n));
                liveAxis.update(live);
                liveAxis.dropBefore(live.firstHeld());
            }
            RowAxis wholeAxis = new RowAxis(mode).update(whole);
            ColumnLayout cols = new ColumnLayout(whole.columns());
            assertEquals(whole.columns().stream().map(Lifeline::toString).toList(),
                    live.columns().stream().map(Lifeline::toString).toList(), "the same columns");
            int held = live.firstHeld();
            assertTrue(held > 20_000, "rows let go of: " + held);
            for (int first : new int[] {held + 64, held + 2_345, live.rowCount() - 41}) { // the painter reads a few rows above the page
                int last = first + 40;
                Event picked = whole.rows().get(first + 10).event();
                String closedBefore = closedJustBefore(whole, held);
                for (Highlight h : new Highlight[] {null, new Highlight(picked.socket(), picked.seq(), true)}) {
                    for (String socket : new String[] {picked.socket(), closedBefore}) {
                        double x = Math.max(0, cols.x(socket) - 1_500); // columns of sockets let go of, and of the rows'
                        List<String> expected = RegionDrawingTest.page(whole, wholeAxis, cols, first, last, h, x);
                        assertTrue(expected.size() > 100, "a page of 40 rows draws: " + expected.size());
                        assertEquals(String.join("\n", expected), String.join("\n", RegionDrawingTest.page(live, liveAxis, cols, first, last, h, x)),
                                "rows " + first + ".." + last + " in " + mode + " at x " + x + (h == null ? "" : ", selected"));
                    }
                }
            }
        }
    }

    /** A socket closed a little before row {@code row}. */
    private static String closedJustBefore(SessionFold f, int row) {
        String found = null;
        for (Lifeline l : f.lifelines()) {
            if (l.closed() && l.lastRow() < row - 100 && (found == null || l.lastRow() > f.lifeline(found).lastRow())) {
                found = l.socket();
            }
        }
        return found;
    }
}
