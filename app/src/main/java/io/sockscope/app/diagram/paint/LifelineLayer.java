package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.LifelineKind;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import java.util.List;

/** The vertical lifelines, with a small birth tag where an accepted socket starts. */
public final class LifelineLayer implements Layer {
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
            if (l.firstRow() >= v.firstRow() && l.firstRow() <= v.lastRow()) {
                birthTag(g, v, l, x, v.y(l.firstRow()));
            }
        }
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
