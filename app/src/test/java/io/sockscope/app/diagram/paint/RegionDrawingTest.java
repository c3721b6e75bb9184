package io.sockscope.app.diagram.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.EchoSession;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.layout.GrowingList;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.ServeSession;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.RecordingSurface;
import io.sockscope.model.event.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live window keeps the drawing of its newest rows only; an older region is folded again
 * from the store ({@link SessionFold#region}) with an axis started from the live axis's
 * sample ({@link RowAxis#from}). Scrolled or sought there, it draws exactly what a fold that
 * kept every row draws: every layer, heads included, call by call, in both layouts, with and
 * without an event of the region selected.
 */
class RegionDrawingTest {
    private static final int MARGIN = 64;

    @Test
    void anOlderRegionFoldedAgainDrawsAsTheWholeFold() {
        EchoSession session = new EchoSession(150_000, 30);
        SessionFold whole = SessionFold.bounded(session, Integer.MAX_VALUE);
        for (LayoutMode mode : LayoutMode.values()) {
            SessionFold live = SessionFold.bounded(session.subList(0, 0), 10_000);
            RowAxis liveAxis = new RowAxis(mode);
            for (int from = 0; from < session.size(); from += 2_000) {
                live.append(session.subList(from, Math.min(session.size(), from + 2_000)));
                liveAxis.update(live);
                liveAxis.dropBefore(live.firstHeld());
            }
            RowAxis wholeAxis = new RowAxis(mode).update(whole);
            ColumnLayout cols = new ColumnLayout(whole.columns());
            for (int first : new int[] {0, 3, 1_500, 40_000, 77_777, live.firstHeld() - 50}) {
                int last = first + 40;
                int start = RowAxis.sampleAtOrBefore(first - MARGIN);
                SessionFold region = SessionFold.region(session, session.size(), start, last + MARGIN, false);
                RowAxis regionAxis = RowAxis.from(liveAxis, start).update(region);
                io.sockscope.model.event.Event picked = whole.rows().get(first + 10).event();
                for (Highlight h : new Highlight[] {null, new Highlight(picked.socket(), picked.seq(), true)}) {
                    double x = Math.max(0, cols.x(picked.socket()) - 1_500); // the region's sockets and the server
                    List<String> expected = page(whole, wholeAxis, cols, first, last, h, x);
                    assertTrue(expected.size() > 100, "a page of 40 rows draws: " + expected.size());
                    assertEquals(String.join("\n", expected),
                            String.join("\n", page(region, regionAxis, cols, first, last, h, x)),
                            "rows " + first + ".." + last + " in " + mode + (h == null ? "" : ", selected"));
                }
            }
        }
    }

    /**
     * A region of a session's first rows lets go of the connections born after its rows and
     * closed; it still draws what the whole fold draws, the columns of those later sockets
     * ("not yet", with the addresses they will have) included, and lays its columns out the same.
     */
    @Test
    void aRegionOfEarlyRowsOfThousandsOfConnectionsDrawsAsTheWholeFold() {
        ServeSession serve = new ServeSession(3 + 80 * new ServeSession(0, 50, 4).waveEvents(), 50, 4);
        assertEarlyRegionsDrawAsWhole(serve);
        assertEarlyRegionsDrawAsWhole(new EchoSession(4_000 * new EchoSession(0, 3).block() + 3, 3));
    }

    private static void assertEarlyRegionsDrawAsWhole(List<Event> session) {
        SessionFold whole = SessionFold.bounded(session, Integer.MAX_VALUE);
        assertTrue(whole.lifelines().size() > 8_000, "sockets: " + whole.lifelines().size());
        for (LayoutMode mode : LayoutMode.values()) {
            GrowingList store = new GrowingList(session);
            SessionFold live = SessionFold.bounded(store, 10_000);
            RowAxis liveAxis = new RowAxis(mode);
            for (int n = 2_000; store.size() < session.size(); n += 2_000) {
                live.append(store.grow(n));
                liveAxis.update(live);
                liveAxis.dropBefore(live.firstHeld());
            }
            RowAxis wholeAxis = new RowAxis(mode).update(whole);
            ColumnLayout cols = new ColumnLayout(whole.columns());
            for (int first : new int[] {0, 700}) {
                int last = first + 40;
                int start = RowAxis.sampleAtOrBefore(first - MARGIN);
                SessionFold region = SessionFold.region(store, store.size(), start, last + MARGIN, false);
                assertEquals(whole.columns().stream().map(Lifeline::toString).toList(),
                        region.columns().stream().map(Lifeline::toString).toList(), "the same columns");
                RowAxis regionAxis = RowAxis.from(liveAxis, start).update(region);
                Event picked = whole.rows().get(first + 10).event();
                List<Lifeline> lines = whole.columns();
                String[] sockets = {picked.socket(), lines.get(lines.size() / 2).socket(), lines.get(lines.size() * 3 / 4).socket()};
                for (int i = 1; i < sockets.length; i++) { // accepted sockets and their clients, born long after the region's rows
                    assertTrue(whole.lifeline(sockets[i]).firstRow() > last + MARGIN, sockets[i]);
                }
                for (Highlight h : new Highlight[] {null, new Highlight(picked.socket(), picked.seq(), true)}) {
                    for (String socket : sockets) {
                        double x = Math.max(0, cols.x(socket) - 1_500);
                        List<String> expected = page(whole, wholeAxis, cols, first, last, h, x);
                        assertTrue(expected.size() > 100, "a page of 40 rows draws: " + expected.size());
                        assertEquals(String.join("\n", expected),
                                String.join("\n", page(region, regionAxis, cols, first, last, h, x)),
                                "rows " + first + ".." + last + " in " + mode + " at x " + x + (h == null ? "" : ", selected"));
                    }
                }
            }
        }
    }

    /** Rows {@code first..last} as the window draws them scrolled there (3,000 pixels wide from x), in recorded form. */
    static List<String> page(FoldView shown, RowAxis axis, ColumnLayout cols, int first, int last, Highlight h,
                                     double x) {
        double top = axis.y(first) - RowAxis.STEP / 2;
        double height = Viewport.HEAD + axis.y(last) - top + RowAxis.STEP / 2;
        Viewport v = new Viewport(shown, axis, cols, Palette.light(), 3_000, height, 1, x, top,
                h, new Viewport.Fonts(new FontSpec("Sans", 14, false),
                        new FontSpec("Sans", 12.5, false), new FontSpec("Sans", 13.5, true)));
        RecordingSurface surface = new RecordingSurface(RecordingSurface.fixedMetrics());
        new DiagramPainter().paint(surface, v);
        return surface.lines();
    }
}
