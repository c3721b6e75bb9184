package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.text.TextBox;
import io.sockscope.app.diagram.layout.text.TextMeasure;
import io.sockscope.app.diagram.layout.text.TextPlan;
import io.sockscope.app.diagram.layout.Words;
import io.sockscope.app.diagram.surface.Surface;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.FoldView;
import io.sockscope.app.diagram.surface.FontSpec;
import java.util.Objects;

/**
 * What one frame shows: the fold and its axes, the scroll position (content pixels at zoom 1),
 * the canvas size, zoom, colours, the highlighted selection, and the range of visible rows and columns.
 * Layers draw in content coordinates; the painter sets up the transform.
 */
public final class Viewport {
    /** Height of the sticky lifeline heads, at zoom 1. */
    public static final double HEAD = 78;

    private final FoldView fold;
    private final RowAxis axis;
    private final ColumnLayout cols;
    private final Palette palette;
    private final double width;
    private final double height;
    private final double zoom;
    private final double scrollX;
    private final double scrollY;
    private final Highlight selection;
    private final int firstRow;
    private final int lastRow;
    private final FontSpec font;
    private final FontSpec small;
    private final FontSpec bold;
    private java.util.function.Function<String, String> texts = k -> null;
    private Labels labels;
    private java.util.List<Captions.Caption> captions;
    private TextPlan plan;

    public Viewport(FoldView fold, RowAxis axis, ColumnLayout cols, Palette palette, double width,
                    double height, double zoom, double scrollX, double scrollY, Highlight selection, Fonts fonts) {
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
        this.lastRow = Math.min(axis.count() - 1, axis.firstRowFrom(contentBottom() + RowAxis.STEP));
        this.font = fonts.normal();
        this.small = fonts.small();
        this.bold = fonts.bold();
    }

    /**
     * Takes the text plan and call captions already worked out for {@code done} when it frames
     * the same rows, columns and scroll at the same width in content pixels or a narrower one
     * (an export painted once to measure how far its texts reach, then for real, widened to
     * that: captions wrapped for the narrower width still fit); otherwise works them out again
     * on first use.
     */
    public Viewport reusing(Viewport done) {
        if (done.fold == fold && done.axis == axis && done.cols == cols && done.width / done.zoom <= width / zoom + 1e-9
                && done.scrollX == scrollX && done.firstRow == firstRow && done.lastRow == lastRow) {
            plan = done.plan;
            captions = done.captions;
        }
        return this;
    }

    /** Translations for the words the diagram itself writes (head states); null from it keeps English. */
    public Viewport texts(java.util.function.Function<String, String> texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        return this;
    }

    /** The translation of {@code key}, or {@code english} when there is none. */
    public String text(String key, String english) {
        String t = texts.apply(key);
        return t == null ? english : t;
    }

    public FoldView fold() {
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
    double contentBottom() {
        return scrollY + height / zoom - HEAD;
    }

    /*
     * Layers draw in view coordinates: x from the canvas's left edge, y from the top of the body
     * (below the heads), both at zoom 1. Keeping coordinates small matters: the software
     * rasteriser slows down badly with coordinates in the millions.
     */

    /** View x of a socket's lifeline, NaN if it has none. */
    public double x(String socket) {
        return cols.x(socket) - scrollX;
    }

    /** View x of a column's centre. */
    public double x(int column) {
        return cols.x(column) - scrollX;
    }

    /** View y of a row's centre. */
    public double y(int row) {
        return axis.y(row) - scrollY;
    }

    /** View y of a content y. */
    public double viewY(double contentY) {
        return contentY - scrollY;
    }

    /** View y just below the last row. */
    public double end() {
        return axis.height() - scrollY;
    }

    /** Rightmost visible view x. */
    public double right() {
        return width / zoom;
    }

    /** Lowest visible view y of the body. */
    public double bottom() {
        return height / zoom - HEAD;
    }

    public Highlight selection() {
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

    /**
     * The row whose state the heads show: the selected row, else the lowest visible row (also
     * when the fold does not hold the selected row's records: a live window's older region).
     */
    public int stateRow() {
        if (selection != null) {
            int r = fold.rowOfSeq(selection.seq());
            if (r >= 0 && fold.holdsRow(r)) {
                return r;
            }
        }
        return Math.max(lastRow, 0);
    }

    /** True if a view x range may be visible. */
    public boolean visibleX(double x0, double x1) {
        return x1 >= 0 && x0 <= right();
    }

    /** The call captions of this frame (worked out on first use). */
    java.util.List<Captions.Caption> captions() {
        if (captions == null) {
            captions = Captions.of(this);
        }
        return captions;
    }

    /** The words the diagram writes itself, in the reader's language. */
    public Words words() {
        return new Words(texts);
    }

    /** How text measures on {@code g} in this frame's fonts. */
    public TextMeasure measure(Surface g) {
        return TextMeasure.of(g::measure, font, small, bold);
    }

    /**
     * Where every text of this frame's rows goes (worked out on first use, measured on {@code g}):
     * captions wrapped whole, call captions, arrow and unread labels and group labels, no two
     * boxes on each other. Boxes are in content coordinates.
     */
    public TextPlan plan(Surface g) {
        if (plan == null) {
            plan = TextPlan.of(new TextPlan.Frame(fold, axis, cols, width / zoom, measure(g), words(), scrollX),
                    firstRow, lastRow);
        }
        return plan;
    }

    /** Placement of the few labels outside the plan (signals): clear of every planned text. */
    public Labels labels(Surface g) {
        if (labels == null) {
            labels = new Labels(y(firstRow) - 12 * RowAxis.STEP, y(lastRow) + 12 * RowAxis.STEP); // the rows, and leaders' reach
            for (TextPlan.Text t : plan(g).texts()) {
                TextBox b = t.box();
                for (double y = b.y() + 8; y < b.bottom(); y += 16) { // a tall box (a wrapped caption) band by band
                    labels.reserve(b.centreX() - scrollX, y - scrollY, b.w());
                }
            }
        }
        return labels;
    }

    public FontSpec font() {
        return font;
    }

    public FontSpec small() {
        return small;
    }

    public FontSpec bold() {
        return bold;
    }

    /** The fonts one frame uses. */
    public record Fonts(FontSpec normal, FontSpec small, FontSpec bold) {
    }
}
