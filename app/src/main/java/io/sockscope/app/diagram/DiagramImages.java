package io.sockscope.app.diagram;

import io.sockscope.app.diagram.layout.ColumnLayout;
import io.sockscope.app.diagram.layout.LayoutMode;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.app.diagram.paint.DiagramPainter;
import io.sockscope.app.diagram.paint.Palette;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.paint.fx.CanvasSurface;
import io.sockscope.app.diagram.surface.FontSpec;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;

/**
 * Whole-diagram images for export: the same painters as the view, drawn page by page onto a
 * canvas of at most {@link #PAGE} pixels high (taller canvases draw nothing on some pipelines)
 * and stitched into one image. Call on the FX application thread.
 */
public final class DiagramImages {
    /** Height of one drawing page in pixels. */
    public static final int PAGE = 4000;

    private DiagramImages() {
    }

    /** Options of an image: colours, layout, zoom (scale of everything) and the rows to draw. */
    public record Options(boolean dark, LayoutMode mode, double zoom, int firstRow, int lastRow) {
        /** The whole session, light colours, steps layout, zoom 1. */
        public static Options whole() {
            return new Options(false, LayoutMode.STEPS, 1.0, 0, Integer.MAX_VALUE);
        }
    }

    /** Renders rows {@code firstRow..lastRow} of a fold, with the lifeline heads on top. */
    public static WritableImage render(SessionFold fold, Options options) {
        Objects.requireNonNull(fold, "fold");
        Objects.requireNonNull(options, "options");
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("render on the FX application thread");
        }
        RowAxis axis = new RowAxis(options.mode()).update(fold);
        ColumnLayout cols = new ColumnLayout(fold.columns());
        int first = Math.max(0, Math.min(options.firstRow(), fold.rowCount() - 1));
        int last = Math.max(first, Math.min(options.lastRow(), fold.rowCount() - 1));
        double z = options.zoom();
        double top = fold.rowCount() == 0 ? 0 : axis.y(first) - RowAxis.STEP / 2;
        double bottom = fold.rowCount() == 0 ? RowAxis.STEP : axis.y(last) + RowAxis.STEP;
        int width = (int) Math.ceil(Math.max(cols.width(), 400) * z);
        int headPx = (int) Math.ceil(Viewport.HEAD * z);
        int bodyPx = (int) Math.ceil((bottom - top) * z);
        WritableImage out = new WritableImage(width, headPx + bodyPx);
        Palette palette = options.dark() ? Palette.dark() : Palette.light();
        String family = Font.getDefault().getFamily();
        Viewport.Fonts fonts = new Viewport.Fonts(new FontSpec(family, 13, false), new FontSpec(family, 11.5, false),
                new FontSpec(family, 12.5, true));
        DiagramPainter painter = new DiagramPainter();
        int pageBody = PAGE - headPx;
        for (int b = 0; b < bodyPx; b += pageBody) { // each page: heads on top, the next stretch of rows below
            int pb = Math.min(pageBody, bodyPx - b);
            Canvas canvas = new Canvas(width, headPx + pb);
            Viewport v = new Viewport(fold, axis, cols, palette, width, headPx + pb, z, 0, top + b / z, null, fonts);
            painter.paint(new CanvasSurface(canvas.getGraphicsContext2D()), v);
            WritableImage page = canvas.snapshot(new SnapshotParameters(), null);
            if (b == 0) {
                out.getPixelWriter().setPixels(0, 0, width, headPx + pb, page.getPixelReader(), 0, 0);
            } else { // later pages repeat the heads: keep only their rows
                out.getPixelWriter().setPixels(0, headPx + b, width, pb, page.getPixelReader(), 0, headPx);
            }
        }
        return out;
    }
}
