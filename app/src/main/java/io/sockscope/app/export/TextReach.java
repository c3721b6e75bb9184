package io.sockscope.app.export;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.LineCap;
import io.sockscope.app.diagram.surface.Path;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;
import io.sockscope.app.diagram.surface.TextAlign;
import io.sockscope.app.diagram.surface.TextBaseline;
import io.sockscope.app.diagram.surface.TextExtent;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A surface that draws nothing and notes how far right any text reaches, in surface pixels,
 * measured in the fonts an export draws with: a picture is made that wide, so that the labels
 * written beside its last lifeline are not cut at its edge.
 */
final class TextReach implements Surface {
    /** The state {@link #save()} keeps: the font, the alignment and the x part of the transform. */
    private record State(FontSpec font, TextAlign align, double scaleX, double moveX) {
    }

    private State s = new State(null, TextAlign.LEFT, 1, 0);
    private final Deque<State> saved = new ArrayDeque<>();
    private double reach;

    /** The right end of the rightmost text drawn so far (0 before any). */
    double reach() {
        return reach;
    }

    @Override
    public void fillText(String text, double x, double y) {
        double w = measure(text, s.font()).width();
        double right = switch (s.align()) {
            case CENTER -> x + w / 2;
            case RIGHT -> x;
            default -> x + w;
        };
        reach = Math.max(reach, s.scaleX() * right + s.moveX());
    }

    @Override
    public TextExtent measure(String text, FontSpec font) {
        return Java2dFonts.measure(text, font);
    }

    @Override
    public void setFont(FontSpec font) {
        s = new State(font, s.align(), s.scaleX(), s.moveX());
    }

    @Override
    public FontSpec font() {
        return s.font();
    }

    @Override
    public void setTextAlign(TextAlign align) {
        s = new State(s.font(), align, s.scaleX(), s.moveX());
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty) {
        s = new State(s.font(), s.align(), mxx, tx);
    }

    @Override
    public void save() {
        saved.push(s);
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            s = saved.pop();
        }
    }

    // what is not text leaves no mark here

    @Override
    public void setFill(Rgba colour) {
    }

    @Override
    public void setStroke(Rgba colour) {
    }

    @Override
    public void setLineWidth(double width) {
    }

    @Override
    public void setLineDashes(double... dashes) {
    }

    @Override
    public void setLineCap(LineCap cap) {
    }

    @Override
    public void setTextBaseline(TextBaseline baseline) {
    }

    @Override
    public void setGlobalAlpha(double alpha) {
    }

    @Override
    public void clipRect(double x, double y, double w, double h) {
    }

    @Override
    public void clearRect(double x, double y, double w, double h) {
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH) {
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
    }

    @Override
    public void fillPie(double x, double y, double w, double h, double start, double extent) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
    }

    @Override
    public void strokeLine(double x0, double y0, double x1, double y1) {
    }

    @Override
    public void strokePath(Path path) {
    }
}
