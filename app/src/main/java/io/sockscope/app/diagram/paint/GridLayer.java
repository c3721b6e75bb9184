package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Gap;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Row stripes, the selected row, step captions (notes) across the diagram, and folded time gaps. */
public final class GridLayer implements Layer {
    @Override
    public void draw(GraphicsContext gc, Viewport v) {
        Palette p = v.palette();
        RowAxis axis = v.axis();
        double x0 = 0;
        double w = v.right() - x0;
        boolean steps = axis.mode() == LayoutMode.STEPS;
        int selRow = v.selection() == null ? -1 : v.fold().rowOfSeq(v.selection().seq());
        List<Row> rows = v.fold().rows();
        gc.setTextBaseline(VPos.CENTER);
        for (int r = v.firstRow(); r <= v.lastRow(); r++) {
            double y = v.y(r);
            if (steps && r % 2 == 1) {
                gc.setFill(p.stripe());
                gc.fillRect(x0, y - RowAxis.STEP / 2, w, RowAxis.STEP);
            }
            if (r == selRow) {
                gc.setFill(Palette.alpha(p.selection(), 0.13));
                gc.fillRect(x0, y - RowAxis.STEP / 2, w, RowAxis.STEP);
            }
            if (steps && r > 0 && rows.get(r).t() - rows.get(r - 1).t() > RowAxis.FOLD_NANOS) {
                idle(gc, v, y - RowAxis.STEP / 2, rows.get(r).t() - rows.get(r - 1).t());
            }
            if (rows.get(r).event().type() == EventType.NOTE) {
                note(gc, v, (Note) rows.get(r).event(), y);
            }
        }
        for (Gap g : axis.gaps()) {
            if (v.viewY(g.y() + g.height()) >= 0 && v.viewY(g.y()) <= v.bottom()) {
                gap(gc, v, g);
            }
        }
    }

    /** Where a note's caption box sits: {centre x, y, width}, so arrow labels can keep clear of it. */
    static double[] noteBox(Viewport v, Note n, double y) {
        double x = ColumnLayout.GUTTER + 6;
        double tw = Math.min(v.right() - x - 10, Texts.measure(n.text(), n.step() > 0 ? v.bold() : v.font()) + 18
                + (n.step() > 0 ? 24 : 0));
        return new double[] {x - 6 + tw / 2, y, tw};
    }

    /** The step line across the diagram; the box itself is drawn over the arrows by {@link CaptionLayer}. */
    private static void note(GraphicsContext gc, Viewport v, Note n, double y) {
        Palette p = v.palette();
        boolean step = n.step() > 0;
        gc.setStroke(step ? p.fg() : p.grid());
        gc.setLineWidth(step ? 1.5 : 1);
        gc.setLineDashes(step ? null : new double[] {4, 4});
        gc.strokeLine(0, y, v.right(), y);
        gc.setLineDashes(null);
        double[] box = noteBox(v, n, y);
        v.labels().reserve(box[0], box[1], box[2]);
    }

    /** In the steps layout a long wait takes no room, but it is marked: a dashed line and its length. */
    private static void idle(GraphicsContext gc, Viewport v, double y, long nanos) {
        Palette p = v.palette();
        gc.setStroke(p.muted());
        gc.setLineWidth(1);
        gc.setLineDashes(1, 4);
        gc.strokeLine(0, y, v.right(), y);
        gc.setLineDashes(null);
        String text = new Gap(0, nanos, 0, 0).label();
        gc.setFont(v.small());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setFill(p.muted());
        gc.fillText(text, v.right() - 12, y - 7);
    }

    private static void gap(GraphicsContext gc, Viewport v, Gap g) {
        Palette p = v.palette();
        double x0 = 0;
        double gy = v.viewY(g.y());
        gc.setFill(p.stripe());
        gc.fillRect(x0, gy, v.right() - x0, g.height());
        gc.setStroke(p.muted());
        gc.setLineWidth(1);
        for (double edge : new double[] {gy, gy + g.height()}) { // zig-zag edges: time cut out
            gc.beginPath();
            gc.moveTo(x0, edge);
            for (double x = x0; x < v.right(); x += 12) {
                gc.lineTo(x + 6, edge - 3);
                gc.lineTo(x + 12, edge);
            }
            gc.stroke();
        }
        gc.setFill(p.muted());
        gc.setFont(v.bold());
        gc.setTextAlign(TextAlignment.LEFT);
        gc.fillText(g.label(), x0 + 80, gy + g.height() / 2);
    }
}
