package io.sockscope.app.export;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.Row;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.paint.DiagramPainter;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import java.util.Objects;

/**
 * The diagram of rows {@code first..last} of a fold as one picture: lifeline heads on top, the
 * rows below, as wide as the lifelines, the step captions and every label. The window's painter
 * draws it onto any surface; the size is in pixels at the given zoom.
 */
final class DiagramPicture {
    /** Room a step caption's box takes beside its text: the step disc, padding, the margin to the edge. */
    private static final double CAPTION_ROOM = 24 + 18 + 10 + 4;

    private final SessionFold fold;
    private final RowAxis axis;
    private final ColumnLayout cols;
    private final ExportStyle style;
    private final double zoom;
    private final double top;
    private final double bottom;
    /** The frame painted to measure how far the texts reach (null when the width was given). */
    private Viewport measured;
    /** The width at zoom 1: the lifelines, the step captions and every label whole. */
    private final double unzoomed;
    private final int width;
    private final int height;

    DiagramPicture(SessionFold fold, RowAxis axis, ExportStyle style, int firstRow, int lastRow, double zoom) {
        this(fold, axis, style, firstRow, lastRow, zoom, -1);
    }

    /** The picture of rows {@code firstRow..lastRow} scaled to {@code width} pixels (0: at zoom 1). */
    static DiagramPicture ofWidth(SessionFold fold, RowAxis axis, ExportStyle style, int firstRow, int lastRow, int width) {
        DiagramPicture whole = new DiagramPicture(fold, axis, style, firstRow, lastRow, 1);
        if (width == 0) {
            return whole;
        }
        DiagramPicture scaled = new DiagramPicture(fold, axis, style, firstRow, lastRow, width / whole.unzoomed, whole.unzoomed);
        scaled.measured = whole.measured;
        return scaled;
    }

    private DiagramPicture(SessionFold fold, RowAxis axis, ExportStyle style, int firstRow, int lastRow, double zoom,
            double unzoomed) {
        this.fold = Objects.requireNonNull(fold, "fold");
        this.axis = Objects.requireNonNull(axis, "axis");
        this.style = Objects.requireNonNull(style, "style");
        this.cols = new ColumnLayout(fold.columns());
        this.zoom = zoom;
        int first = Math.max(0, Math.min(firstRow, fold.rowCount() - 1));
        int last = Math.max(first, Math.min(lastRow, fold.rowCount() - 1));
        this.top = fold.rowCount() == 0 ? 0 : axis.y(first) - RowAxis.STEP / 2;
        this.bottom = fold.rowCount() == 0 ? RowAxis.STEP : axis.y(last) + RowAxis.STEP;
        this.unzoomed = unzoomed > 0 ? unzoomed : widthAtZoom1();
        this.width = (int) Math.ceil(this.unzoomed * zoom);
        this.height = (int) Math.ceil((Viewport.HEAD + this.bottom - top) * zoom);
    }

    /** The lifelines' and step captions' width, widened to where the texts reach. */
    private double widthAtZoom1() {
        double natural = naturalWidth(fold, style);
        return Math.max(natural, Math.ceil(textReach(natural) + 4));
    }

    /**
     * How far right the texts of a picture {@code natural} pixels wide reach at zoom 1, painted
     * once onto a surface that only measures (the labels beside the last lifeline may pass the
     * lifelines' width). The frame is kept: a picture that needs no more width paints with its
     * text plan instead of working it out again.
     */
    private double textReach(double natural) {
        measured = frame(natural, 1);
        TextReach reach = new TextReach();
        new DiagramPainter().paint(reach, measured);
        return reach.reach();
    }

    private Viewport frame(double w, double z) {
        return new Viewport(fold, axis, cols, style.palette(), w, (Viewport.HEAD + bottom - top) * z, z, 0, top, null,
                style.fonts()).texts(style.texts());
    }

    /** Width at zoom 1: the lifelines, at least 400 pixels, and wide enough for every step caption whole. */
    private static double naturalWidth(SessionFold fold, ExportStyle style) {
        double widest = 0;
        for (Row r : fold.rows()) {
            if (r.type() == EventType.NOTE && r.event() instanceof Note n) { // only a caption's row reads its event back
                FontSpec f = n.step() > 0 ? style.fonts().bold() : style.fonts().normal();
                widest = Math.max(widest, Java2dFonts.measure(n.text(), f).width());
            }
        }
        double captions = ColumnLayout.GUTTER + 6 + widest + CAPTION_ROOM;
        return Math.ceil(Math.max(Math.max(new ColumnLayout(fold.columns()).width(), 400), captions));
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    void paint(Surface s) {
        Viewport v = frame(width, zoom);
        if (measured != null) {
            v.reusing(measured);
        }
        new DiagramPainter().paint(s, v);
    }
}
