package io.sockscope.app.diagram.surface;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A surface that writes down what is drawn, one line per drawing call with the state it is drawn
 * in (colour, line, font, alignment, opacity), numbers rounded to hundredths; state changes
 * alone leave no line, so only what a picture would show is compared. Text is measured through
 * the injected {@link FontMetrics}, so a recording does not depend on the fonts installed.
 */
public final class RecordingSurface implements Surface {
    private final FontMetrics metrics;
    private final List<String> lines = new ArrayList<>();
    private final Deque<State> saved = new ArrayDeque<>();
    private State s = new State();

    public RecordingSurface(FontMetrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /** Everything recorded, one call a line. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Metrics that need no fonts: fixed advances per kind of character, scaled with the size. */
    public static FontMetrics fixedMetrics() {
        return (text, font) -> {
            double w = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                w += ch == ' ' ? 0.3 : Character.isUpperCase(ch) ? 0.65 : ch >= 0x2e80 ? 1.0 : 0.55;
            }
            double bold = font.bold() ? 1.05 : 1.0;
            return new TextExtent(w * font.size() * bold, font.size() * 0.8, font.size() * 0.2);
        };
    }

    private static final class State implements Cloneable {
        Rgba fill = Rgba.TRANSPARENT;
        Rgba stroke = Rgba.TRANSPARENT;
        double lineWidth = 1;
        double[] dashes = new double[0];
        LineCap cap = LineCap.BUTT;
        FontSpec font = new FontSpec("System", 13, false);
        TextAlign align = TextAlign.LEFT;
        TextBaseline baseline = TextBaseline.BASELINE;
        double alpha = 1;

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void setFill(Rgba colour) {
        s.fill = Objects.requireNonNull(colour);
    }

    @Override
    public void setStroke(Rgba colour) {
        s.stroke = Objects.requireNonNull(colour);
    }

    @Override
    public void setLineWidth(double width) {
        s.lineWidth = width;
    }

    @Override
    public void setLineDashes(double... dashes) {
        s.dashes = dashes == null ? new double[0] : dashes.clone();
    }

    @Override
    public void setLineCap(LineCap cap) {
        s.cap = cap;
    }

    @Override
    public void setFont(FontSpec font) {
        s.font = Objects.requireNonNull(font);
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
        lines.add("transform " + n(mxx, myx, mxy, myy, tx, ty));
    }

    @Override
    public void save() {
        saved.push(s.copy());
        lines.add("save");
    }

    @Override
    public void restore() {
        s = saved.pop();
        lines.add("restore");
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
        lines.add("clip " + n(x, y, w, h));
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
        lines.add("clear " + n(x, y, w, h));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill("rect " + n(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        stroke("rect " + n(x, y, w, h));
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        fill("roundrect " + n(x, y, w, h, arcW, arcH));
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
        stroke("roundrect " + n(x, y, w, h, arcW, arcH));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill("oval " + n(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        stroke("oval " + n(x, y, w, h));
    }

    @Override
    public void fillPie(double x, double y, double w, double h, double start, double extent) {
        fill("pie " + n(x, y, w, h, start, extent));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        fill("polygon " + points(xs, ys, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        stroke("polygon " + points(xs, ys, n));
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
        stroke("line " + n(x0, y0, x1, y1));
    }

    @Override
    public void strokePath(Path path) {
        StringBuilder sb = new StringBuilder("path");
        for (int i = 0; i < path.size(); i++) {
            sb.append(path.startsAt(i) ? " M" : " L").append(n(path.x(i), path.y(i)).replace(' ', ','));
        }
        stroke(sb.append(path.closed() ? " Z" : "").toString());
    }

    @Override
    public void fillText(String text, double x, double y) {
        FontSpec f = s.font;
        lines.add("text \"" + text + "\" " + n(x, y) + " | " + s.fill.hex() + " " + f.family() + " " + n(f.size())
                + (f.bold() ? " bold " : " ") + s.align.name().toLowerCase(Locale.ROOT) + " "
                + s.baseline.name().toLowerCase(Locale.ROOT) + alpha());
    }

    @Override
    public TextExtent measure(String text, FontSpec font) {
        return metrics.measure(text, font);
    }

    @Override
    public void beginGroup(String name) {
        lines.add("## " + name);
    }

    @Override
    public void endGroup() {
        lines.add("## end");
    }

    private void fill(String what) {
        lines.add("fill " + what + " | " + s.fill.hex() + alpha());
    }

    private void stroke(String what) {
        String dash = s.dashes.length == 0 ? "" : " dash " + n(s.dashes).replace(' ', ',');
        String cap = s.cap == LineCap.BUTT ? "" : " cap " + s.cap.name().toLowerCase(Locale.ROOT);
        lines.add("stroke " + what + " | " + s.stroke.hex() + " w " + n(s.lineWidth) + dash + cap + alpha());
    }

    private String alpha() {
        return s.alpha == 1 ? "" : " alpha " + n(s.alpha);
    }

    private static String points(double[] xs, double[] ys, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return sb.toString();
    }

    /** Numbers rounded to hundredths, without trailing zeros ({@code -0} as {@code 0}). */
    static String n(double... vs) {
        StringBuilder sb = new StringBuilder();
        for (double v : vs) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            long hundredths = Math.round(v * 100);
            if (hundredths == 0) {
                sb.append('0');
                continue;
            }
            String t = String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
            t = t.contains(".") ? t.replaceAll("0+$", "").replaceAll("\\.$", "") : t;
            sb.append(t);
        }
        return sb.toString();
    }
}
