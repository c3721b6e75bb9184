package io.sockscope.app.diagram.paint.fx;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.LineCap;
import io.sockscope.app.diagram.surface.Path;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.app.diagram.surface.TextExtent;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The drawing surface on a JavaFX canvas: every call goes straight to its {@link GraphicsContext}
 * (the only painter-side class that knows it). Fonts and measurements are cached per font.
 *
 * <p>Text under a zoom (a transform that only scales, the same along both axes, and moves) is
 * written with no transform in a font scaled by the zoom, at the point the transform maps it to.
 * JavaFX's software renderer draws text under any transform but a plain move glyph by glyph as
 * filled outlines, and text from its cache of rendered glyphs otherwise: the second is several
 * times faster, and the text lands in the same place at the same size.
 */
public final class CanvasSurface implements Surface {
    private static final int CACHE = 4096;
    private static final int SCALED_CACHE = 256;
    private static final Map<FontSpec, Font> FONTS = new HashMap<>();
    private static final Map<FontSpec, Font> SCALED = new HashMap<>();
    private static final Map<String, TextExtent> EXTENTS = new HashMap<>();

    private final GraphicsContext gc;
    private final ArrayDeque<State> saved = new ArrayDeque<>();
    private FontSpec font = new FontSpec("System", 13, false);
    private double mxx = 1;
    private double myx;
    private double mxy;
    private double myy = 1;
    private double tx;
    private double ty;

    /** What {@link #save()} keeps besides the context's own state: the transform and font as this surface knows them. */
    private record State(FontSpec font, double mxx, double myx, double mxy, double myy, double tx, double ty) {
    }

    public CanvasSurface(GraphicsContext gc) {
        this.gc = Objects.requireNonNull(gc, "gc");
    }

    /** The JavaFX font for a font spec (cached). */
    public static Font font(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, CanvasSurface::make);
    }

    private static Font make(FontSpec s) {
        return s.bold() ? Font.font(s.family(), FontWeight.BOLD, s.size()) : Font.font(s.family(), s.size());
    }

    /** The font of {@code spec} at {@code scale} times its size, to a hundredth of a pixel (cached, a bounded number). */
    static Font scaled(FontSpec spec, double scale) {
        FontSpec key = new FontSpec(spec.family(), Math.round(spec.size() * scale * 100) / 100.0, spec.bold());
        Font f = SCALED.get(key);
        if (f == null) {
            if (SCALED.size() >= SCALED_CACHE) {
                SCALED.clear(); // zooming through many sizes: start again rather than grow
            }
            f = make(key);
            SCALED.put(key, f);
        }
        return f;
    }

    /** Measures with a JavaFX {@link Text} node, cached (texts repeat from frame to frame). */
    public static TextExtent measureText(String text, FontSpec spec) {
        String key = spec.family() + '\0' + spec.size() + '\0' + spec.bold() + '\0' + text;
        TextExtent e = EXTENTS.get(key);
        if (e == null) {
            if (EXTENTS.size() > CACHE) {
                EXTENTS.clear();
            }
            Text t = new Text(text);
            t.setFont(font(spec));
            var b = t.getLayoutBounds();
            e = new TextExtent(b.getWidth(), -b.getMinY(), b.getMaxY());
            EXTENTS.put(key, e);
        }
        return e;
    }

    @Override
    public void setFill(Rgba colour) {
        gc.setFill(FxColors.of(colour));
    }

    @Override
    public void setStroke(Rgba colour) {
        gc.setStroke(FxColors.of(colour));
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes == null || dashes.length == 0 ? null : dashes);
    }

    @Override
    public void setLineCap(LineCap cap) {
        gc.setLineCap(switch (cap) {
            case BUTT -> StrokeLineCap.BUTT;
            case ROUND -> StrokeLineCap.ROUND;
            case SQUARE -> StrokeLineCap.SQUARE;
        });
    }

    @Override
    public void setFont(FontSpec f) {
        font = Objects.requireNonNull(f, "font");
        gc.setFont(font(f));
    }

    @Override
    public FontSpec font() {
        return font;
    }

    @Override
    public void setTextAlign(TextAlign align) {
        gc.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
    }

    @Override
    public void setTextBaseline(TextBaseline baseline) {
        gc.setTextBaseline(switch (baseline) {
            case TOP -> VPos.TOP;
            case CENTER -> VPos.CENTER;
            case BASELINE -> VPos.BASELINE;
            case BOTTOM -> VPos.BOTTOM;
        });
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        this.mxx = mxx;
        this.myx = myx;
        this.mxy = mxy;
        this.myy = myy;
        this.tx = tx;
        this.ty = ty;
        gc.setTransform(mxx, myx, mxy, myy, tx, ty);
    }

    @Override
    public void save() {
        saved.push(new State(font, mxx, myx, mxy, myy, tx, ty));
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
        State s = saved.poll();
        if (s != null) { // as on a canvas, a restore with nothing saved changes nothing
            font = s.font();
            mxx = s.mxx();
            myx = s.myx();
            mxy = s.mxy();
            myy = s.myy();
            tx = s.tx();
            ty = s.ty();
        }
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        gc.clearRect(x, y, w, h);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        gc.fillRoundRect(x, y, w, h, arcW, arcH);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        gc.strokeRoundRect(x, y, w, h, arcW, arcH);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void fillPie(double x, double y, double w, double h, double start, double extent) {
        gc.fillArc(x, y, w, h, start, extent, ArcType.ROUND);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        gc.strokePolygon(xs, ys, n);
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void strokePath(Path path) {
        gc.beginPath();
        for (int i = 0; i < path.size(); i++) {
            if (path.startsAt(i)) {
                gc.moveTo(path.x(i), path.y(i));
            } else {
                gc.lineTo(path.x(i), path.y(i));
            }
        }
        if (path.closed()) {
            gc.closePath();
        }
        gc.stroke();
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (myx != 0 || mxy != 0 || mxx != myy || mxx <= 0 || mxx == 1) {
            gc.fillText(text, x, y); // moved only (drawn from the glyph cache already), or turned, or mirrored
            return;
        }
        double zoom = mxx;
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFont(scaled(font, zoom));
        gc.fillText(text, zoom * x + tx, zoom * y + ty);
        gc.setFont(font(font));
        gc.setTransform(mxx, myx, mxy, myy, tx, ty);
    }

    @Override
    public TextExtent measure(String text, FontSpec f) {
        return measureText(text, f);
    }
}
