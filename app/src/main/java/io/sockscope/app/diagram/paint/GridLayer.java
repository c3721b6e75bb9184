package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Gap;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.surface.Path;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import java.util.List;

/** Row stripes, the selected row, step captions (notes) across the diagram, and folded time gaps. */
public final class GridLayer implements Layer {
    @Override
    public void draw(Surface g, Viewport v) {
        Palette p = v.palette();
        RowAxis axis = v.axis();
        double x0 = 0;
        double w = v.right() - x0;
        boolean steps = axis.mode() == LayoutMode.STEPS;
        int selRow = v.selection() == null ? -1 : v.fold().rowOfSeq(v.selection().seq());
        List<Row> rows = v.fold().rows();
        g.setTextBaseline(TextBaseline.CENTER);
        for (int r = v.firstRow(); r <= v.lastRow(); r++) {
            double y = v.y(r);
            if (steps && r % 2 == 1) {
                g.setFill(p.stripe());
                g.fillRect(x0, y - RowAxis.STEP / 2, w, RowAxis.STEP);
            }
            if (r == selRow) {
                g.setFill(p.selection().withOpacity(0.13));
                g.fillRect(x0, y - RowAxis.STEP / 2, w, RowAxis.STEP);
            }
            Row row = rows.get(r);
            if (steps && r > 0 && row.t() - rows.get(r - 1).t() > RowAxis.FOLD_NANOS) {
                idle(g, v, y - RowAxis.STEP / 2, row.t() - rows.get(r - 1).t());
            }
            if (row.type() == EventType.NOTE) {
                note(g, v, (Note) row.event(), y);
            }
        }
        for (Gap gap : axis.gaps()) {
            if (v.viewY(gap.y() + gap.height()) >= 0 && v.viewY(gap.y()) <= v.bottom()) {
                gap(g, v, gap);
            }
        }
    }

    /** Where a note's caption box sits: {centre x, y, width}, so arrow labels can keep clear of it. */
    /** The step line across the diagram; the box itself is drawn over the arrows by {@link CaptionLayer}. */
    private static void note(Surface g, Viewport v, Note n, double y) {
        Palette p = v.palette();
        boolean step = n.step() > 0;
        g.setStroke(step ? p.fg() : p.grid());
        g.setLineWidth(step ? 1.5 : 1);
        g.setLineDashes(step ? null : new double[] {4, 4});
        g.strokeLine(0, y, v.right(), y);
        g.setLineDashes();
    }

    /** In the steps layout a long wait takes no room, but it is marked: a dashed line and its length. */
    private static void idle(Surface g, Viewport v, double y, long nanos) {
        Palette p = v.palette();
        g.setStroke(p.muted());
        g.setLineWidth(1);
        g.setLineDashes(1, 4);
        g.strokeLine(0, y, v.right(), y);
        g.setLineDashes();
        String text = new Gap(0, nanos, 0, 0).label();
        g.setFont(v.small());
        g.setTextAlign(TextAlign.RIGHT);
        g.setFill(p.muted());
        g.fillText(text, v.right() - 12, y - 7);
    }

    private static void gap(Surface g, Viewport v, Gap gap) {
        Palette p = v.palette();
        double x0 = 0;
        double gy = v.viewY(gap.y());
        g.setFill(p.stripe());
        g.fillRect(x0, gy, v.right() - x0, gap.height());
        g.setStroke(p.muted());
        g.setLineWidth(1);
        for (double edge : new double[] {gy, gy + gap.height()}) { // zig-zag edges: time cut out
            Path zigzag = new Path().moveTo(x0, edge);
            for (double x = x0; x < v.right(); x += 12) {
                zigzag.lineTo(x + 6, edge - 3).lineTo(x + 12, edge);
            }
            g.strokePath(zigzag);
        }
        g.setFill(p.muted());
        g.setFont(v.bold());
        g.setTextAlign(TextAlign.LEFT);
        g.fillText(gap.label(), x0 + 80, gy + gap.height() / 2);
    }
}
