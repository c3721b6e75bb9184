package io.sockscope.app.export;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.LineCap;
import io.sockscope.app.diagram.surface.Path;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.app.diagram.surface.TextExtent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The drawing surface as an SVG document: shapes as SVG elements, text as real {@code <text>}
 * (selectable and searchable, any script), each layer a {@code <g>} named after it, clips as
 * clip paths. Text is placed with Java2D's font metrics, so the layout matches the images.
 *
 * <p>Kept small because a big session makes tens of thousands of elements: paint (fill, stroke,
 * font) goes into CSS classes written once in a {@code <style>}, a translation or uniform scale
 * is applied to the coordinates rather than written on every element, and numbers keep at most
 * two decimals.
 */
public final class SvgSurface implements Surface {
    private final SvgText out = new SvgText();
    private final SvgStyles styles = new SvgStyles();
    private final SvgPaints paints = new SvgPaints(styles);
    private final SvgPaints.Declarations declarations = new SvgPaints.Declarations() {
        @Override
        public String text() {
            return textStyle();
        }

        @Override
        public String fill() {
            return paint("fill", s.fill, new StringBuilder()).toString();
        }

        @Override
        public String stroke() {
            return strokeStyle();
        }
    };
    private FontSpec metricsFont;
    private TextExtent metrics;
    private final Deque<State> saved = new ArrayDeque<>();
    private final int width;
    private final int height;
    private State s = new State();
    private int clips;
    private int openGroups;

    private static final class State {
        Rgba fill = Rgba.TRANSPARENT;
        Rgba stroke = Rgba.TRANSPARENT;
        double lineWidth = 1;
        double[] dashes;
        LineCap cap = LineCap.BUTT;
        FontSpec font = new FontSpec(Java2dFonts.SANS, 13, false);
        TextAlign align = TextAlign.LEFT;
        TextBaseline baseline = TextBaseline.BASELINE;
        double alpha = 1;
        /** The transform when it is a uniform scale and a translation: applied to coordinates. */
        double scale = 1;
        double tx;
        double ty;
        /** Any other transform, as an attribute on each element (empty when none). */
        String transform = "";
        /** Class names worked out for the paint above, null until needed after a change. */
        String fillClass;
        String strokeClass;
        String textClass;
        /** Clip groups opened since this state was saved. */
        int clipGroups;

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
            c.scale = scale;
            c.tx = tx;
            c.ty = ty;
            c.transform = transform;
            c.fillClass = fillClass;
            c.strokeClass = strokeClass;
            c.textClass = textClass;
            return c;
        }

        void repainted() {
            fillClass = null;
            strokeClass = null;
            textClass = null;
        }
    }


    /** A document {@code width} by {@code height} pixels. */
    public SvgSurface(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Writes the whole document to {@code o} in UTF-8 (the body as it was kept, without copying it into one array first). */
    public void writeTo(OutputStream o) throws IOException {
        StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " version=\"1.1\" xml:space=\"preserve\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        styles.writeTo(head);
        o.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeTo(o);
        o.write(("</g>\n".repeat(openGroups) + "</svg>\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void setFill(Rgba colour) {
        if (Objects.requireNonNull(colour, "colour") != s.fill && !colour.equals(s.fill)) {
            s.fill = colour;
            s.fillClass = null;
            s.textClass = null;
        }
    }

    @Override
    public void setStroke(Rgba colour) {
        if (Objects.requireNonNull(colour, "colour") != s.stroke && !colour.equals(s.stroke)) {
            s.stroke = colour;
            s.strokeClass = null;
        }
    }

    @Override
    public void setLineWidth(double w) {
        if (w != s.lineWidth) {
            s.lineWidth = w;
            s.strokeClass = null;
        }
    }

    @Override
    public void setLineDashes(double... dashes) {
        s.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
        s.strokeClass = null;
    }

    @Override
    public void setLineCap(LineCap cap) {
        if (Objects.requireNonNull(cap, "cap") != s.cap) {
            s.cap = cap;
            s.strokeClass = null;
        }
    }

    @Override
    public void setFont(FontSpec font) {
        if (Objects.requireNonNull(font, "font") != s.font && !font.equals(s.font)) {
            s.font = font;
            s.textClass = null;
        }
    }

    @Override
    public FontSpec font() {
        return s.font;
    }

    @Override
    public void setTextAlign(TextAlign align) {
        if (align != s.align) {
            s.align = Objects.requireNonNull(align, "align");
            s.textClass = null;
        }
    }

    @Override
    public void setTextBaseline(TextBaseline baseline) {
        s.baseline = baseline;
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        if (alpha != s.alpha) {
            s.alpha = alpha;
            s.repainted();
        }
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        double scale = s.scale;
        if (myx == 0 && mxy == 0 && mxx == myy && mxx > 0) {
            s.scale = mxx;
            s.tx = tx;
            s.ty = ty;
            s.transform = "";
        } else {
            s.scale = 1;
            s.tx = 0;
            s.ty = 0;
            s.transform = " transform=\"matrix(" + n(mxx) + ' ' + n(myx) + ' ' + n(mxy) + ' ' + n(myy) + ' ' + n(tx) + ' '
                    + n(ty) + ")\"";
        }
        if (scale != s.scale) {
            s.repainted(); // widths and font sizes are scaled with the coordinates
        }
    }

    @Override
    public void save() {
        saved.push(s);
        s = s.copy();
    }

    @Override
    public void restore() {
        if (saved.isEmpty()) {
            return;
        }
        for (int i = 0; i < s.clipGroups; i++) {
            out.append("</g>\n");
            openGroups--;
        }
        s = saved.pop();
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        String id = "clip" + (++clips);
        out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").num(x(x)).append("\" y=\"").num(y(y))
                .append("\" width=\"").num(len(w)).append("\" height=\"").num(len(h)).append('"').append(s.transform)
                .append("/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        s.clipGroups++;
        openGroups++;
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        Rgba keep = s.fill;
        setFill(Rgba.WHITE);
        fillRect(x, y, w, h);
        setFill(keep);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0);
        fill();
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0);
        stroke();
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        rect(x, y, w, h, arcW, arcH);
        fill();
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        rect(x, y, w, h, arcW, arcH);
        stroke();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h);
        fill();
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h);
        stroke();
    }

    @Override
    public void fillPie(double x, double y, double w, double h, double start, double extent) {
        double rx = w / 2;
        double ry = h / 2;
        double cx = x + rx;
        double cy = y + ry;
        double a0 = Math.toRadians(start);
        double a1 = Math.toRadians(start + extent);
        double x0 = cx + rx * Math.cos(a0);
        double y0 = cy - ry * Math.sin(a0);
        double x1 = cx + rx * Math.cos(a1);
        double y1 = cy - ry * Math.sin(a1);
        int large = Math.abs(extent) > 180 ? 1 : 0;
        int sweep = extent > 0 ? 0 : 1; // counter-clockwise on screen
        out.append("<path d=\"M").num(x(cx)).append(',').num(y(cy)).append(" L").num(x(x0)).append(',').num(y(y0))
                .append(" A").num(len(rx)).append(',').num(len(ry)).append(" 0 ").append(large).append(',').append(sweep)
                .append(' ').num(x(x1)).append(',').num(y(y1)).append(" Z\"");
        fill();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        polygon(xs, ys, n);
        fill();
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        polygon(xs, ys, n);
        stroke();
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        out.append("<line x1=\"").num(x(x0)).append("\" y1=\"").num(y(y0)).append("\" x2=\"").num(x(x1))
                .append("\" y2=\"").num(y(y1)).append('"');
        stroke();
    }

    @Override
    public void strokePath(Path path) {
        out.append("<path d=\"");
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(path.startsAt(i) ? 'M' : 'L').num(x(path.x(i))).append(',').num(y(path.y(i)));
        }
        out.append(path.closed() ? " Z\"" : "\"");
        stroke();
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text.isEmpty()) {
            return;
        }
        if (s.font != metricsFont) {
            metricsFont = s.font;
            metrics = Java2dFonts.lineMetrics(s.font); // the line's, not the text's: only the baseline is needed
        }
        TextExtent e = metrics;
        double ty = switch (s.baseline) {
            case TOP -> y + e.ascent();
            case CENTER -> y + (e.ascent() - e.descent()) / 2;
            case BASELINE -> y;
            case BOTTOM -> y - e.descent();
        };
        if (s.textClass == null) {
            s.textClass = paints.text(s.font, s.align, s.fill, s.alpha, s.scale, declarations);
        }
        out.append("<text x=\"").num(x(x)).append("\" y=\"").num(y(ty)).append("\" class=\"").append(s.textClass)
                .append('"').append(s.transform).append('>').escaped(text).append("</text>\n");
    }

    @Override
    public TextExtent measure(String text, FontSpec font) {
        return Java2dFonts.measure(text, font);
    }

    @Override
    public void beginGroup(String name) {
        out.append("<g class=\"").append(name).append("\">\n");
        openGroups++;
    }

    @Override
    public void endGroup() {
        out.append("</g>\n");
        openGroups--;
    }

    private double x(double x) {
        return s.scale * x + s.tx;
    }

    private double y(double y) {
        return s.scale * y + s.ty;
    }

    private double len(double l) {
        return s.scale * l;
    }

    private void rect(double x, double y, double w, double h, double arcW, double arcH) {
        out.append("<rect x=\"").num(x(x)).append("\" y=\"").num(y(y)).append("\" width=\"").num(len(w))
                .append("\" height=\"").num(len(h)).append('"');
        if (arcW > 0 && arcH > 0) {
            out.append(" rx=\"").num(len(arcW / 2)).append("\" ry=\"").num(len(arcH / 2)).append('"');
        }
    }

    private void oval(double x, double y, double w, double h) {
        out.append("<ellipse cx=\"").num(x(x + w / 2)).append("\" cy=\"").num(y(y + h / 2)).append("\" rx=\"")
                .num(len(w / 2)).append("\" ry=\"").num(len(h / 2)).append('"');
    }

    private void polygon(double[] xs, double[] ys, int n) {
        out.append("<polygon points=\"");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.num(x(xs[i])).append(',').num(y(ys[i]));
        }
        out.append('"');
    }

    private void fill() {
        if (s.fillClass == null) {
            s.fillClass = paints.fill(s.fill, s.alpha, declarations);
        }
        out.append(" class=\"").append(s.fillClass).append('"').append(s.transform).append("/>\n");
    }

    private void stroke() {
        if (s.strokeClass == null) {
            s.strokeClass = paints.stroke(s.stroke, s.alpha, s.lineWidth, s.scale, s.cap, s.dashes, declarations);
        }
        out.append(" class=\"").append(s.strokeClass).append('"').append(s.transform).append("/>\n");
    }


    private String strokeStyle() {
        StringBuilder b = new StringBuilder("fill:none;");
        paint("stroke", s.stroke, b).append(";stroke-width:").append(n(len(s.lineWidth))).append("px");
        if (s.dashes != null) {
            b.append(";stroke-dasharray:");
            for (int i = 0; i < s.dashes.length; i++) {
                b.append(i == 0 ? "" : ",").append(n(len(s.dashes[i]))).append("px");
            }
        }
        if (s.cap != LineCap.BUTT) {
            b.append(";stroke-linecap:").append(s.cap == LineCap.ROUND ? "round" : "square");
        }
        return b.toString();
    }

    private String textStyle() {
        StringBuilder b = new StringBuilder("font-family:").append(family(s.font.family())).append(";font-size:")
                .append(n(len(s.font.size()))).append("px"); // CSS wants the unit; px is the SVG's user unit
        if (s.font.bold()) {
            b.append(";font-weight:bold");
        }
        if (s.align != TextAlign.LEFT) {
            b.append(";text-anchor:").append(s.align == TextAlign.CENTER ? "middle" : "end");
        }
        return paint("fill", s.fill, b.append(';')).toString();
    }

    /** A colour as CSS declarations: {@code fill:#rrggbb}, with an opacity when not opaque. */
    private StringBuilder paint(String property, Rgba c, StringBuilder b) {
        b.append(property).append(':').append(c.rgbHex());
        double a = c.opacity() * s.alpha;
        if (a < 1) {
            b.append(';').append(property).append("-opacity:").append(n(a));
        }
        return b;
    }

    /** A family for CSS: the generic sans-serif, or the name quoted with sans-serif behind it. */
    private static String family(String family) {
        if (family.equals(Java2dFonts.SANS)) {
            return "sans-serif";
        }
        return "'" + family.replaceAll("['\"\\\\;{}<>&]", "") + "', sans-serif";
    }

    /** A number with at most two decimals, without trailing zeros. */
    static String n(double v) {
        long h = Math.round(v * 100);
        if (h % 100 == 0) {
            return Long.toString(h / 100);
        }
        String sign = h < 0 ? "-" : "";
        long a = Math.abs(h);
        long frac = a % 100;
        return sign + a / 100 + "." + (frac % 10 == 0 ? Long.toString(frac / 10) : (frac < 10 ? "0" : "") + frac);
    }
}
