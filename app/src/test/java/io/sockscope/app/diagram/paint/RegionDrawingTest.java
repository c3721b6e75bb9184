package io.sockscope.app.diagram.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.EchoSession;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.RecordingSurface;
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
