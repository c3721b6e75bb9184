package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Lifeline;
import io.sockscope.app.diagram.layout.LifelineKind;
import io.sockscope.app.diagram.layout.RowAxis;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** The vertical lifelines, with a small birth tag where an accepted socket starts. */
public final class LifelineLayer implements Layer {
    @Override
    public void draw(GraphicsContext gc, Viewport v) {
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
            gc.setStroke(l.closed() && l.lastRow() < v.firstRow() ? p.grid() : p.muted());
            gc.setLineWidth(l.kind() == LifelineKind.SELECTOR ? 2.5 : 1.8);
            gc.setLineDashes(l.kind() == LifelineKind.SELECTOR ? new double[] {8, 4} : null);
            gc.strokeLine(x, y0, x, y1);
            gc.setLineDashes(null);
            if (l.firstRow() >= v.firstRow() && l.firstRow() <= v.lastRow()) {
                birthTag(gc, v, l, x, v.y(l.firstRow()));
            }
        }
    }

    private static void birthTag(GraphicsContext gc, Viewport v, Lifeline l, double x, double y) {
        Palette p = v.palette();
        String text = l.socket() + (l.fd() >= 0 ? " fd " + l.fd() : "");
        double w = text.length() * 7.2 + 14;
        gc.setFill(p.headFill());
        gc.fillRoundRect(x - w / 2, y - 10, w, 20, 8, 8);
        gc.setStroke(l.parent() != null ? p.creation() : p.muted());
        gc.setLineWidth(1.5);
        gc.strokeRoundRect(x - w / 2, y - 10, w, 20, 8, 8);
        gc.setFill(p.fg());
        gc.setFont(v.bold());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x, y);
    }
}
