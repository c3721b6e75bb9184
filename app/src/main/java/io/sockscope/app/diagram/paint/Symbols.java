package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.MarkKind;
import io.sockscope.app.diagram.surface.LineCap;
import io.sockscope.app.diagram.surface.Path;
import io.sockscope.app.diagram.surface.Rgba;
import io.sockscope.app.diagram.surface.Surface;

/** The shapes of marks, shared by the diagram and its legend; each kind differs by shape, not only colour. */
public final class Symbols {
    private Symbols() {
    }

    /** Draws a mark centred at (x, y); {@code r} is its radius. */
    public static void mark(Surface g, MarkKind kind, double x, double y, double r, Palette p) {
        g.setLineWidth(2);
        g.setLineCap(LineCap.ROUND);
        switch (kind) {
            case EOF -> { // open circle with a bar: "nothing more"
                g.setFill(p.background());
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(p.fg());
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeLine(x - r * 0.5, y, x + r * 0.5, y);
            }
            case HALF_CLOSE -> { // half-filled circle
                g.setFill(p.background());
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setFill(p.warn());
                g.fillPie(x - r, y - r, 2 * r, 2 * r, 90, 180);
                g.setStroke(p.warn());
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case RESET -> lightning(g, x, y, r, p.error());
            case ERROR -> { // filled triangle with "!"
                g.setFill(p.error());
                g.fillPolygon(new double[] {x, x + r * 1.1, x - r * 1.1}, new double[] {y - r * 1.1, y + r * 0.8, y + r * 0.8}, 3);
                g.setStroke(Rgba.WHITE);
                g.setLineWidth(1.6);
                g.strokeLine(x, y - r * 0.45, x, y + r * 0.15);
                g.strokeLine(x, y + r * 0.5, x, y + r * 0.5);
            }
            case WOULD_BLOCK -> { // hollow diamond: "nothing to do now"
                g.setFill(p.background());
                double[] xs = {x, x + r, x, x - r};
                double[] ys = {y - r, y, y + r, y};
                g.fillPolygon(xs, ys, 4);
                g.setStroke(p.muted());
                g.strokePolygon(xs, ys, 4);
            }
            case PARTIAL -> { // square half full, like a buffer
                g.setFill(p.background());
                g.fillRect(x - r, y - r, 2 * r, 2 * r);
                g.setFill(p.sendQ());
                g.fillRect(x - r, y, 2 * r, r);
                g.setStroke(p.sendQ());
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            case CLOSE -> { // the lifeline's end bar
                g.setStroke(p.fg());
                g.setLineWidth(3.5);
                g.strokeLine(x - r * 1.6, y, x + r * 1.6, y);
            }
            case REGISTER -> {
                g.setFill(p.background());
                g.fillRoundRect(x - r, y - r, 2 * r, 2 * r, 4, 4);
                g.setStroke(p.select());
                g.strokeRoundRect(x - r, y - r, 2 * r, 2 * r, 4, 4);
                g.strokeLine(x - r * 0.5, y, x + r * 0.5, y);
                g.strokeLine(x, y - r * 0.5, x, y + r * 0.5);
            }
            case OPTION -> {
                g.setFill(p.muted());
                g.fillRect(x - r * 0.6, y - r * 0.6, r * 1.2, r * 1.2);
            }
        }
    }

    /** A lightning bolt: a reset. */
    public static void lightning(Surface g, double x, double y, double r, Rgba c) {
        double[] xs = {x + r * 0.35, x - r * 0.7, x - r * 0.05, x - r * 0.45, x + r * 0.75, x + r * 0.1};
        double[] ys = {y - r * 1.2, y + r * 0.1, y + r * 0.1, y + r * 1.2, y - r * 0.25, y - r * 0.25};
        g.setFill(c);
        g.fillPolygon(xs, ys, 6);
    }

    /** A cross: where a lost datagram ends. */
    public static void cross(Surface g, double x, double y, double r, Rgba c) {
        g.setStroke(c);
        g.setLineWidth(3);
        g.setLineCap(LineCap.ROUND);
        g.strokeLine(x - r, y - r, x + r, y + r);
        g.strokeLine(x - r, y + r, x + r, y - r);
    }

    /** A filled arrowhead at (x1, y1) pointing away from (x0, y0). */
    public static void arrowHead(Surface g, double x0, double y0, double x1, double y1, double size, Rgba c) {
        double a = Math.atan2(y1 - y0, x1 - x0);
        double s = size;
        g.setFill(c);
        g.fillPolygon(new double[] {x1, x1 - s * Math.cos(a - 0.4), x1 - s * Math.cos(a + 0.4)},
                new double[] {y1, y1 - s * Math.sin(a - 0.4), y1 - s * Math.sin(a + 0.4)}, 3);
    }

    /** A rectangle filled with diagonal hatching: a blocked call. */
    public static void hatched(Surface g, double x, double y, double w, double h, Rgba c, Rgba bg) {
        g.setFill(bg);
        g.fillRect(x, y, w, h);
        g.save();
        g.clipRect(x, y, w, h);
        g.setStroke(c);
        g.setLineWidth(1.5);
        for (double d = -w; d < h; d += 6) {
            g.strokeLine(x, y + d + w, x + w, y + d);
        }
        g.restore();
        g.setStroke(c);
        g.setLineWidth(1.5);
        g.strokeRect(x, y, w, h);
    }
}
