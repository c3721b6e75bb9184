package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.LifelineKind;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.List;

/**
 * The vertical lifelines, with a small birth tag where an accepted socket starts. A TCP socket
 * the program closed while the kernel still holds its connection (FIN_WAIT, CLOSING, LAST_ACK,
 * TIME_WAIT) goes on as a faint dotted tail until the kernel reports it gone, or to the end of
 * what is shown.
 */
public final class LifelineLayer implements Layer {
    /** The kernel states a connection lives on in after the program closed its socket. */
    private static final java.util.Set<String> TAIL = java.util.Set.of("FIN_WAIT1", "FIN_WAIT2", "CLOSING", "LAST_ACK", "TIME_WAIT");

    @Override
    public void draw(Surface g, Viewport v) {
        ColumnLayout cols = v.cols();
        List<Lifeline> lines = cols.columns();
        RowAxis axis = v.axis();
        Palette p = v.palette();
        double top = -4;
        double bottom = v.bottom() + 4;
        for (int i = 0; i < lines.size(); i++) {
            double x = v.x(i);
            if (!v.visibleX(x - ColumnLayout.COLUMN / 2, x + ColumnLayout.COLUMN / 2)) {
                continue;
            }
            Lifeline l = lines.get(i);
            double y0 = Math.max(top, v.y(l.firstRow()));
            double y1 = Math.min(bottom, l.closed() ? v.y(l.lastRow()) : v.end() + 8);
            if (y1 < y0) {
                continue;
            }
            g.setStroke(l.closed() && l.lastRow() < v.firstRow() ? p.grid() : p.muted());
            g.setLineWidth(l.kind() == LifelineKind.SELECTOR ? 2.5 : 1.8);
            g.setLineDashes(l.kind() == LifelineKind.SELECTOR ? new double[] {8, 4} : null);
            g.strokeLine(x, y0, x, y1);
            g.setLineDashes();
            if (l.closed()) {
                tail(g, v, l, x, top, bottom);
            }
            if (l.firstRow() >= v.firstRow() && l.firstRow() <= v.lastRow()) {
                birthTag(g, v, l, x, v.y(l.firstRow()));
            }
        }
    }

    /** The kernel's life of a closed socket: from its close to the row the kernel let it go. */
    private static void tail(Surface g, Viewport v, Lifeline l, double x, double top, double bottom) {
        int last = v.fold().rowCount() - 1;
        int close = l.lastRow();
        if (close >= last || !TAIL.contains(v.fold().kernelStateAt(l.socket(), close + 1))) {
            return;
        }
        // the tail states come in one run after the close: find where it ends
        int lo = close + 1;
        int hi = last + 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (TAIL.contains(v.fold().kernelStateAt(l.socket(), mid))) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        double y0 = Math.max(top, v.y(close));
        double y1 = Math.min(bottom, lo > last ? v.end() + 8 : v.y(lo));
        if (y1 <= y0) {
            return;
        }
        g.setStroke(v.palette().muted().withOpacity(0.55));
        g.setLineWidth(1.4);
        g.setLineDashes(2, 5);
        g.strokeLine(x, y0, x, y1);
        g.setLineDashes();
    }

    private static void birthTag(Surface g, Viewport v, Lifeline l, double x, double y) {
        Palette p = v.palette();
        String text = l.socket() + (l.fd() >= 0 ? " fd " + l.fd() : "");
        double w = text.length() * 7.2 + 14;
        g.setFill(p.headFill());
        g.fillRoundRect(x - w / 2, y - 10, w, 20, 8, 8);
        g.setStroke(l.parent() != null ? p.creation() : p.muted());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x - w / 2, y - 10, w, 20, 8, 8);
        g.setFill(p.fg());
        g.setFont(v.bold());
        g.setTextAlign(TextAlign.CENTER);
        g.setTextBaseline(TextBaseline.CENTER);
        g.fillText(text, x, y);
    }
}
