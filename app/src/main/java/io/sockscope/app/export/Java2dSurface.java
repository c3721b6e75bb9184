package io.sockscope.app.export;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.LineCap;
import io.sockscope.app.diagram.surface.Path;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.app.diagram.surface.TextExtent;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The drawing surface on a Java2D {@link Graphics2D} (a {@code BufferedImage} for PNG, GIF and
 * MP4 frames): needs no JavaFX toolkit and no display. A base transform (the image's scale)
 * stays under every transform the painters set.
 */
public final class Java2dSurface implements Surface {
    private static final AffineTransform IDENTITY = new AffineTransform();

    private final Graphics2D g;
    private final AffineTransform origin;
    private AffineTransform base;
    private final Deque<State> saved = new ArrayDeque<>();
    private State s = new State();

    private static final class State {
        Rgba fill = Rgba.TRANSPARENT;
        Rgba stroke = Rgba.TRANSPARENT;
        double lineWidth = 1;
        float[] dashes;
        LineCap cap = LineCap.BUTT;
        FontSpec font = new FontSpec(Java2dFonts.SANS, 13, false);
        TextAlign align = TextAlign.LEFT;
        TextBaseline baseline = TextBaseline.BASELINE;
        double alpha = 1;
        AffineTransform transform;
        Shape clip;

        State copy() {
            State c = new State();
            c.fill = fill;
            c.stroke = stroke;
            c.lineWidth = lineWidth;
            c.dashes = dashes;
            c.cap = cap;
            c.font = font;
            c.align = align;
            c.baseline = baseline;
            c.alpha = alpha;
            c.transform = transform;
            c.clip = clip;
            return c;
        }
    }

    /** Draws on {@code g}, whose current transform (e.g. a scale) stays under the painters' transforms. */
    public Java2dSurface(Graphics2D g) {
        this.g = Objects.requireNonNull(g, "g");
        this.origin = g.getTransform();
        this.base = origin;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        s.transform = g.getTransform();
    }

    /** Moves everything drawn from now on by (dx, dy) pixels, under the painters' own transforms. */
    public void offset(double dx, double dy) {
        base = new AffineTransform(origin);
        base.translate(dx, dy);
        s.transform = base;
    }

    @Override
    public void setFill(Rgba colour) {
        s.fill = Objects.requireNonNull(colour, "colour");
    }

    @Override
    public void setStroke(Rgba colour) {
        s.stroke = Objects.requireNonNull(colour, "colour");
    }

    @Override
    public void setLineWidth(double width) {
        s.lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {
        if (dashes == null || dashes.length == 0) {
            s.dashes = null;
            return;
        }
        float[] f = new float[dashes.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) dashes[i];
        }
        s.dashes = f;
    }

    @Override
    public void setLineCap(LineCap cap) {
        s.cap = cap;
    }

    @Override
    public void setFont(FontSpec font) {
        s.font = Objects.requireNonNull(font, "font");
    }

    @Override
    public FontSpec font() {
        return s.font;
    }

    @Override
    public void setTextAlign(TextAlign align) {
        s.align = align;
    }

    @Override
    public void setTextBaseline(TextBaseline baseline) {
        s.baseline = baseline;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        s.alpha = alpha;
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        AffineTransform t = new AffineTransform(base);
        t.concatenate(new AffineTransform(mxx, myx, mxy, myy, tx, ty));
        s.transform = t;
    }

    @Override
    public void save() {
        saved.push(s.copy());
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            s = saved.pop();
        }
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        Shape r = s.transform.createTransformedShape(new Rectangle2D.Double(x, y, w, h));
        if (s.clip != null) {
            java.awt.geom.Area a = new java.awt.geom.Area(s.clip);
            a.intersect(new java.awt.geom.Area(r));
            r = a;
        }
        s.clip = r;
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        prepare();
        g.setComposite(AlphaComposite.Clear);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setComposite(AlphaComposite.SrcOver);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroke(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        fill(new RoundRectangle2D.Double(x, y, w, h, arcW, arcH));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        stroke(new RoundRectangle2D.Double(x, y, w, h, arcW, arcH));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        stroke(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillPie(double x, double y, double w, double h, double start, double extent) {
        fill(new Arc2D.Double(x, y, w, h, start, extent, Arc2D.PIE));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        fill(polygon(xs, ys, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        stroke(polygon(xs, ys, n));
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        stroke(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void strokePath(Path path) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < path.size(); i++) {
            if (path.startsAt(i)) {
                p.moveTo(path.x(i), path.y(i));
            } else {
                p.lineTo(path.x(i), path.y(i));
            }
        }
        if (path.closed()) {
            p.closePath();
        }
        stroke(p);
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text.isEmpty()) {
            return;
        }
        prepare();
        java.awt.Font f = Java2dFonts.font(s.font, text);
        g.setFont(f);
        g.setColor(colour(s.fill));
        TextExtent e = Java2dFonts.measure(text, s.font);
        double tx = switch (s.align) {
            case LEFT -> x;
            case CENTER -> x - e.width() / 2;
            case RIGHT -> x - e.width();
        };
        double ty = switch (s.baseline) {
            case TOP -> y + e.ascent();
            case CENTER -> y + (e.ascent() - e.descent()) / 2;
            case BASELINE -> y;
            case BOTTOM -> y - e.descent();
        };
        g.drawString(text, (float) tx, (float) ty);
    }

    @Override
    public TextExtent measure(String text, FontSpec font) {
        return Java2dFonts.measure(text, font);
    }

    private void fill(Shape shape) {
        prepare();
        g.setColor(colour(s.fill));
        g.fill(shape);
    }

    private void stroke(Shape shape) {
        prepare();
        g.setColor(colour(s.stroke));
        int cap = switch (s.cap) {
            case BUTT -> BasicStroke.CAP_BUTT;
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
        };
        g.setStroke(new BasicStroke((float) s.lineWidth, cap, BasicStroke.JOIN_MITER, 10f, s.dashes, 0f));
        g.draw(shape);
    }

    private void prepare() {
        g.setTransform(IDENTITY); // the clip is kept in device space
        g.setClip(s.clip);
        g.setTransform(s.transform);
    }

    private Color colour(Rgba c) {
        double a = c.opacity() * s.alpha;
        return new Color((float) c.red(), (float) c.green(), (float) c.blue(), (float) Math.max(0, Math.min(1, a)));
    }

    private static Path2D polygon(double[] xs, double[] ys, int n) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                p.moveTo(xs[i], ys[i]);
            } else {
                p.lineTo(xs[i], ys[i]);
            }
        }
        p.closePath();
        return p;
    }
}
