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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drawing surface as an SVG document: shapes as SVG elements, text as real {@code <text>}
 * (selectable and searchable, any script), each layer a {@code <g>} named after it, clips as
 * clip paths. Text is placed with Java2D's font metrics, so the layout matches the images.
 */
public final class SvgSurface implements Surface {
    /** Colours as {@code #rrggbb}, worked out once each (a diagram uses a few dozen). */
    private static final Map<Rgba, String> HEX = new ConcurrentHashMap<>();

    private final StringBuilder out = new StringBuilder(1 << 16);
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
        String transform = "";
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
            c.transform = transform;
            return c;
        }
    }

    /** A document {@code width} by {@code height} pixels. */
    public SvgSurface(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The whole document. */
    public String document() {
        StringWriter w = new StringWriter(out.length() + 512);
        try {
            writeTo(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /** Writes the whole document to {@code w} (without copying it into one string first). */
    public void writeTo(Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
                + " xml:space=\"preserve\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + ' '
                + height + "\">\n");
        w.append(out);
        for (int i = 0; i < openGroups; i++) {
            w.write("</g>\n");
        }
        w.write("</svg>\n");
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
    public void setLineWidth(double w) {
        s.lineWidth = w;
    }

    @Override
    public void setLineDashes(double... dashes) {
        s.dashes = dashes == null || dashes.length == 0 ? null : dashes.clone();
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
        if (mxx == 1 && myx == 0 && mxy == 0 && myy == 1 && tx == 0 && ty == 0) {
            s.transform = "";
        } else if (myx == 0 && mxy == 0 && mxx == 1 && myy == 1) {
            s.transform = " transform=\"translate(" + n(tx) + ' ' + n(ty) + ")\"";
        } else {
            s.transform = " transform=\"matrix(" + n(mxx) + ' ' + n(myx) + ' ' + n(mxy) + ' ' + n(myy) + ' ' + n(tx) + ' '
                    + n(ty) + ")\"";
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
        out.append("<clipPath id=\"").append(id).append("\"><rect x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h)).append('"').append(s.transform)
                .append("/></clipPath>\n<g clip-path=\"url(#").append(id).append(")\">\n");
        s.clipGroups++;
        openGroups++;
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        Rgba keep = s.fill;
        s.fill = Rgba.WHITE;
        fillRect(x, y, w, h);
        s.fill = keep;
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0).fill();
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0).stroke();
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        rect(x, y, w, h, arcW, arcH).fill();
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        rect(x, y, w, h, arcW, arcH).stroke();
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        oval(x, y, w, h).fill();
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        oval(x, y, w, h).stroke();
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
        out.append("<path d=\"M").append(n(cx)).append(',').append(n(cy)).append(" L").append(n(x0)).append(',').append(n(y0))
                .append(" A").append(n(rx)).append(',').append(n(ry)).append(" 0 ").append(large).append(',').append(sweep)
                .append(' ').append(n(x1)).append(',').append(n(y1)).append(" Z\"");
        fill();
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        polygon(xs, ys, n).fill();
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        polygon(xs, ys, n).stroke();
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        out.append("<line x1=\"").append(n(x0)).append("\" y1=\"").append(n(y0)).append("\" x2=\"").append(n(x1))
                .append("\" y2=\"").append(n(y1)).append('"');
        stroke();
    }

    @Override
    public void strokePath(Path path) {
        out.append("<path d=\"");
        for (int i = 0; i < path.size(); i++) {
            out.append(i == 0 ? "" : " ").append(path.startsAt(i) ? 'M' : 'L').append(n(path.x(i))).append(',')
                    .append(n(path.y(i)));
        }
        out.append(path.closed() ? " Z\"" : "\"");
        stroke();
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (text.isEmpty()) {
            return;
        }
        TextExtent e = Java2dFonts.lineMetrics(s.font); // the line's, not the text's: only the baseline is needed
        double ty = switch (s.baseline) {
            case TOP -> y + e.ascent();
            case CENTER -> y + (e.ascent() - e.descent()) / 2;
            case BASELINE -> y;
            case BOTTOM -> y - e.descent();
        };
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(ty)).append("\" font-family=\"")
                .append(family(s.font.family())).append("\" font-size=\"").append(n(s.font.size())).append('"');
        if (s.font.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (s.align != TextAlign.LEFT) {
            out.append(" text-anchor=\"").append(s.align == TextAlign.CENTER ? "middle" : "end").append('"');
        }
        paint("fill", s.fill);
        out.append(s.transform).append('>');
        escape(text, out);
        out.append("</text>\n");
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

    private SvgSurface rect(double x, double y, double w, double h, double arcW, double arcH) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"');
        if (arcW > 0 && arcH > 0) {
            out.append(" rx=\"").append(n(arcW / 2)).append("\" ry=\"").append(n(arcH / 2)).append('"');
        }
        return this;
    }

    private SvgSurface oval(double x, double y, double w, double h) {
        out.append("<ellipse cx=\"").append(n(x + w / 2)).append("\" cy=\"").append(n(y + h / 2)).append("\" rx=\"")
                .append(n(w / 2)).append("\" ry=\"").append(n(h / 2)).append('"');
        return this;
    }

    private SvgSurface polygon(double[] xs, double[] ys, int n) {
        out.append("<polygon points=\"");
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        out.append('"');
        return this;
    }

    private void fill() {
        paint("fill", s.fill);
        out.append(s.transform).append("/>\n");
    }

    private void stroke() {
        out.append(" fill=\"none\"");
        paint("stroke", s.stroke);
        out.append(" stroke-width=\"").append(n(s.lineWidth)).append('"');
        if (s.dashes != null) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < s.dashes.length; i++) {
                out.append(i == 0 ? "" : ",").append(n(s.dashes[i]));
            }
            out.append('"');
        }
        if (s.cap != LineCap.BUTT) {
            out.append(" stroke-linecap=\"").append(s.cap == LineCap.ROUND ? "round" : "square").append('"');
        }
        out.append(s.transform).append("/>\n");
    }

    private void paint(String attr, Rgba c) {
        out.append(' ').append(attr).append("=\"").append(HEX.computeIfAbsent(c, Rgba::rgbHex)).append('"');
        double a = c.opacity() * s.alpha;
        if (a < 1) {
            out.append(' ').append(attr).append("-opacity=\"").append(n(a)).append('"');
        }
    }

    private static String family(String family) {
        if (family.equals(Java2dFonts.SANS)) {
            return "sans-serif";
        }
        return "'" + family.replace("'", "") + "', sans-serif";
    }

    /** Text as XML character data: markup characters escaped, characters XML forbids left out. */
    static void escape(String text, StringBuilder to) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> to.append("&amp;");
                case '<' -> to.append("&lt;");
                case '>' -> to.append("&gt;");
                case '"' -> to.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            to.append(c);
                        }
                    }
                }
            }
        }
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
