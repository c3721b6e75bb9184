package io.sockscope.app.diagram.paint.fx;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.LineCap;
import io.sockscope.app.diagram.surface.Path;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.app.diagram.surface.TextExtent;
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
 */
public final class CanvasSurface implements Surface {
    private static final int CACHE = 4096;
    private static final Map<FontSpec, Font> FONTS = new HashMap<>();
    private static final Map<String, TextExtent> EXTENTS = new HashMap<>();

    private final GraphicsContext gc;
    private FontSpec font = new FontSpec("System", 13, false);

    public CanvasSurface(GraphicsContext gc) {
        this.gc = Objects.requireNonNull(gc, "gc");
    }

    /** The JavaFX font for a font spec (cached). */
    public static Font font(FontSpec spec) {
        return FONTS.computeIfAbsent(spec, s -> s.bold() ? Font.font(s.family(), FontWeight.BOLD, s.size())
                : Font.font(s.family(), s.size()));
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
        gc.setTransform(mxx, myx, mxy, myy, tx, ty);
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
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
        gc.fillText(text, x, y);
    }

    @Override
    public TextExtent measure(String text, FontSpec f) {
        return measureText(text, f);
    }
}
