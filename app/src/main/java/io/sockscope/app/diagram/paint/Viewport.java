package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.Selection;
import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import java.util.Objects;
import javafx.scene.text.Font;

/**
 * What one frame shows: the fold and its axes, the scroll position (content pixels at zoom 1),
 * the canvas size, zoom, colours, selection, and the range of visible rows and columns.
 * Layers draw in content coordinates; the painter sets up the transform.
 */
public final class Viewport {
    /** Height of the sticky lifeline heads, at zoom 1. */
    public static final double HEAD = 78;

    private final SessionFold fold;
    private final RowAxis axis;
    private final ColumnLayout cols;
    private final Palette palette;
    private final double width;
    private final double height;
    private final double zoom;
    private final double scrollX;
    private final double scrollY;
    private final Selection selection;
    private final int firstRow;
    private final int lastRow;
    private final Font font;
    private final Font small;
    private final Font bold;

    public Viewport(SessionFold fold, RowAxis axis, ColumnLayout cols, Palette palette, double width,
                    double height, double zoom, double scrollX, double scrollY, Selection selection, Fonts fonts) {
        this.fold = Objects.requireNonNull(fold, "fold");
        this.axis = Objects.requireNonNull(axis, "axis");
        this.cols = Objects.requireNonNull(cols, "cols");
        this.palette = Objects.requireNonNull(palette, "palette");
        this.width = width;
        this.height = height;
        this.zoom = zoom;
        this.scrollX = scrollX;
        this.scrollY = scrollY;
        this.selection = selection;
        this.firstRow = Math.max(0, axis.firstRowFrom(scrollY - RowAxis.STEP) - 1);
        this.lastRow = Math.min(axis.count() - 1, axis.firstRowFrom(bodyBottom() + RowAxis.STEP));
        this.font = fonts.normal();
        this.small = fonts.small();
        this.bold = fonts.bold();
    }

    public SessionFold fold() {
        return fold;
    }

    public RowAxis axis() {
        return axis;
    }

    public ColumnLayout cols() {
        return cols;
    }

    public Palette palette() {
        return palette;
    }

    /** Canvas width in screen pixels. */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double zoom() {
        return zoom;
    }

    public double scrollX() {
        return scrollX;
    }

    public double scrollY() {
        return scrollY;
    }

    /** Content y of the lowest visible pixel of the body (below the heads). */
    public double bodyBottom() {
        return scrollY + height / zoom - HEAD;
    }

    /** Content x of the rightmost visible pixel. */
    public double right() {
        return scrollX + width / zoom;
    }

    public Selection selection() {
        return selection;
    }

    /** First row (possibly partly) visible. */
    public int firstRow() {
        return firstRow;
    }

    /** Last row (possibly partly) visible; below firstRow when there are no rows. */
    public int lastRow() {
        return lastRow;
    }

    /** The row whose state the heads show: the selected row, else the lowest visible row. */
    public int stateRow() {
        if (selection != null) {
            int r = fold.rowOfSeq(selection.seq());
            if (r >= 0) {
                return r;
            }
        }
        return Math.max(lastRow, 0);
    }

    /** True if a content x range may be visible. */
    public boolean visibleX(double x0, double x1) {
        return x1 >= scrollX && x0 <= right();
    }

    public Font font() {
        return font;
    }

    public Font small() {
        return small;
    }

    public Font bold() {
        return bold;
    }

    /** The fonts one frame uses. */
    public record Fonts(Font normal, Font small, Font bold) {
    }
}
