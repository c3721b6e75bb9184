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
import java.util.HashMap;
import java.util.Map;
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
    private static final byte[] RECT = SvgText.ascii("<rect x=\"");
    private static final byte[] Y = SvgText.ascii("\" y=\"");
    private static final byte[] WIDTH = SvgText.ascii("\" width=\"");
    private static final byte[] HEIGHT = SvgText.ascii("\" height=\"");
    private static final byte[] RX_ATTR = SvgText.ascii(" rx=\"");
    private static final byte[] RX = SvgText.ascii("\" rx=\"");
    private static final byte[] RY = SvgText.ascii("\" ry=\"");
    private static final byte[] QUOTE = SvgText.ascii("\"");
    private static final byte[] LINE = SvgText.ascii("<line x1=\"");
    private static final byte[] Y1 = SvgText.ascii("\" y1=\"");
    private static final byte[] X2 = SvgText.ascii("\" x2=\"");
    private static final byte[] Y2 = SvgText.ascii("\" y2=\"");
    private static final byte[] CIRCLE = SvgText.ascii("<circle cx=\"");
    private static final byte[] ELLIPSE = SvgText.ascii("<ellipse cx=\"");
    private static final byte[] CY = SvgText.ascii("\" cy=\"");
    private static final byte[] R = SvgText.ascii("\" r=\"");
    private static final byte[] TEXT = SvgText.ascii("<text x=\"");
    private static final byte[] TEXT_END = SvgText.ascii("</text>\n");
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
    /** A filled rectangle not written yet (its class, null when none): the next call may outline it. */
    private final HeldRect pending = new HeldRect();
    private String pendingFill;
    /** The bytes that close an element of each class, and those before a text's characters (no transform). */
    private final Map<String, byte[]> endings = new HashMap<>();
    private final Map<String, byte[]> textMids = new HashMap<>();
    /** The last fill-and-outline class made, by the identity of its two classes. */
    private String lastFill;
    private String lastStroke;
    private byte[] lastBoth;
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
        /** What follows an element's geometry for these classes and the transform ({@code  class="s3"/>}), as bytes. */
        byte[] fillEnd;
        byte[] strokeEnd;
        /** What follows a text's position up to its characters ({@code " class="s4">}). */
        byte[] textMid;
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
            c.fillEnd = fillEnd;
            c.strokeEnd = strokeEnd;
            c.textMid = textMid;
            return c;
        }

        void repainted() {
            fillClass = null;
            strokeClass = null;
            textClass = null;
            fillEnd = null;
            strokeEnd = null;
            textMid = null;
        }
    }


    /** A document {@code width} by {@code height} pixels. */
    public SvgSurface(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Writes the whole document to {@code o} in UTF-8 (the body as it was kept, without copying it into one array first). */
    public void writeTo(OutputStream o) throws IOException {
        flush();
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
            s.fillEnd = null;
            s.textClass = null;
            s.textMid = null;
        }
    }

    @Override
    public void setStroke(Rgba colour) {
        if (Objects.requireNonNull(colour, "colour") != s.stroke && !colour.equals(s.stroke)) {
            s.stroke = colour;
            s.strokeClass = null;
            s.strokeEnd = null;
        }
    }

    @Override
    public void setLineWidth(double w) {
        if (w != s.lineWidth) {
            s.lineWidth = w;
            s.strokeClass = null;
            s.strokeEnd = null;
        }
    }

    @Override
    public void setLineDashes(double... dashes) {
        s.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
        s.strokeClass = null;
            s.strokeEnd = null;
    }

    @Override
    public void setLineCap(LineCap cap) {
        if (Objects.requireNonNull(cap, "cap") != s.cap) {
            s.cap = cap;
            s.strokeClass = null;
            s.strokeEnd = null;
        }
    }

    @Override
    public void setFont(FontSpec font) {
        if (Objects.requireNonNull(font, "font") != s.font && !font.equals(s.font)) {
            s.font = font;
            s.textClass = null;
            s.textMid = null;
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
            s.textMid = null;
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
        flush();
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
        s.fillEnd = null; // the transform attribute is part of what follows an element's geometry
        s.strokeEnd = null;
        s.textMid = null;
    }

    @Override
    public void save() {
        flush();
        saved.push(s);
        s = s.copy();
    }

    @Override
    public void restore() {
        flush();
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
        flush();
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
        fillRoundRect(x, y, w, h, 0, 0);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeRoundRect(x, y, w, h, 0, 0);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        flush();
        if (!s.transform.isEmpty()) {
            rect(x, y, w, h, arcW, arcH);
            fill();
            return;
        }
        // held back: when the next call outlines the same rectangle, both are one element
        pending.set(x(x), y(y), len(w), len(h), arcW > 0 && arcH > 0 ? len(arcW / 2) : 0,
                arcW > 0 && arcH > 0 ? len(arcH / 2) : 0);
        pendingFill = fillClass();
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        if (pendingFill != null && s.transform.isEmpty() && pending.same(x(x), y(y), len(w), len(h),
                arcW > 0 && arcH > 0 ? len(arcW / 2) : 0, arcW > 0 && arcH > 0 ? len(arcH / 2) : 0)) {
            String fill = pendingFill;
            pendingFill = null;
            pending.write(out);
            out.raw(filledAndOutlined(fill, strokeClass()));
            return;
        }
        flush();
        rect(x, y, w, h, arcW, arcH);
        stroke();
    }

    /** Writes the filled rectangle held back, alone. */
    private void flush() {
        if (pendingFill != null) {
            pending.write(out);
            out.raw(ending(pendingFill, ""));
            pendingFill = null;
        }
    }

    /** The ending of a rectangle both filled and outlined: one class with both paints. */
    private byte[] filledAndOutlined(String fill, String stroke) {
        if (fill == lastFill && stroke == lastStroke) {
            return lastBoth;
        }
        String both = styles.classOf(styles.declarationsOf(fill) + ";"
                + styles.declarationsOf(stroke).substring(SvgStyles.NO_FILL.length()));
        lastFill = fill;
        lastStroke = stroke;
        lastBoth = ending(both, "");
        return lastBoth;
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        flush();
        oval(x, y, w, h);
        fill();
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        flush();
        oval(x, y, w, h);
        stroke();
    }

    @Override
    public void fillPie(double x, double y, double w, double h, double start, double extent) {
        flush();
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
        flush();
        polygon(xs, ys, n);
        fill();
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        flush();
        polygon(xs, ys, n);
        stroke();
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        flush();
        out.raw(LINE).num(x(x0)).raw(Y1).num(y(y0)).raw(X2).num(x(x1)).raw(Y2).num(y(y1)).raw(QUOTE);
        stroke();
    }

    @Override
    public void strokePath(Path path) {
        flush();
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
        flush();
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
        if (s.textMid == null) {
            if (s.textClass == null) {
                s.textClass = paints.text(s.font, s.align, s.fill, s.alpha, s.scale, declarations);
            }
            s.textMid = textMid(s.textClass, s.transform);
        }
        out.raw(TEXT).num(x(x)).raw(Y).num(y(ty)).raw(s.textMid).escaped(text).raw(TEXT_END);
    }

    @Override
    public TextExtent measure(String text, FontSpec font) {
        return Java2dFonts.measure(text, font);
    }

    @Override
    public void beginGroup(String name) {
        flush();
        out.append("<g class=\"").append(name).append("\">\n");
        openGroups++;
    }

    @Override
    public void endGroup() {
        flush();
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
        rectAt(out, x(x), y(y), len(w), len(h), arcW > 0 && arcH > 0 ? len(arcW / 2) : 0,
                arcW > 0 && arcH > 0 ? len(arcH / 2) : 0);
    }

    private void oval(double x, double y, double w, double h) {
        if (w == h) {
            out.raw(CIRCLE).num(x(x + w / 2)).raw(CY).num(y(y + h / 2)).raw(R).num(len(w / 2)).raw(QUOTE);
            return;
        }
        out.raw(ELLIPSE).num(x(x + w / 2)).raw(CY).num(y(y + h / 2)).raw(RX).num(len(w / 2)).raw(RY).num(len(h / 2))
                .raw(QUOTE);
    }

    /** A rectangle's opening in output coordinates; corners rounded when {@code rx} and {@code ry} are above 0. */
    static void rectAt(SvgText out, double x, double y, double w, double h, double rx, double ry) {
        out.raw(RECT).num(x).raw(Y).num(y).raw(WIDTH).num(w).raw(HEIGHT).num(h).raw(QUOTE);
        if (rx > 0 && ry > 0) {
            out.raw(RX_ATTR).num(rx).raw(RY).num(ry).raw(QUOTE);
        }
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
        if (s.fillEnd == null) {
            s.fillEnd = ending(fillClass(), s.transform);
        }
        out.raw(s.fillEnd);
    }

    private void stroke() {
        if (s.strokeEnd == null) {
            s.strokeEnd = ending(strokeClass(), s.transform);
        }
        out.raw(s.strokeEnd);
    }

    private String fillClass() {
        if (s.fillClass == null) {
            s.fillClass = paints.fill(s.fill, s.alpha, declarations);
        }
        return s.fillClass;
    }

    private String strokeClass() {
        if (s.strokeClass == null) {
            s.strokeClass = paints.stroke(s.stroke, s.alpha, s.lineWidth, s.scale, s.cap, s.dashes, declarations);
        }
        return s.strokeClass;
    }

    /** What closes an element painted by {@code cls}: {@code  class="s3"/>} and a line break. */
    private byte[] ending(String cls, String transform) {
        if (!transform.isEmpty()) {
            return SvgText.ascii(" class=\"" + cls + '"' + transform + "/>\n");
        }
        return endings.computeIfAbsent(cls, c -> SvgText.ascii(" class=\"" + c + "\"/>\n"));
    }

    /** What comes between a text's position and its characters for {@code cls}: {@code " class="s4">}. */
    private byte[] textMid(String cls, String transform) {
        if (!transform.isEmpty()) {
            return SvgText.ascii("\" class=\"" + cls + '"' + transform + '>');
        }
        return textMids.computeIfAbsent(cls, c -> SvgText.ascii("\" class=\"" + c + "\">"));
    }

    /** A filled rectangle held back in output coordinates, to be merged with its outline. */
    private static final class HeldRect {
        private double x;
        private double y;
        private double w;
        private double h;
        private double rx;
        private double ry;

        void set(double x, double y, double w, double h, double rx, double ry) {
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
            this.rx = rx;
            this.ry = ry;
        }

        boolean same(double x, double y, double w, double h, double rx, double ry) {
            return this.x == x && this.y == y && this.w == w && this.h == h && this.rx == rx && this.ry == ry;
        }

        void write(SvgText out) {
            rectAt(out, x, y, w, h, rx, ry);
        }
    }


    private String strokeStyle() {
        StringBuilder b = new StringBuilder(SvgStyles.NO_FILL);
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
