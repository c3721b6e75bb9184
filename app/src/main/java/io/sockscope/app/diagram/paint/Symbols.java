package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.layout.MarkKind;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/** The shapes of marks, shared by the diagram and its legend; each kind differs by shape, not only colour. */
public final class Symbols {
    private Symbols() {
    }

    /** Draws a mark centred at (x, y); {@code r} is its radius. */
    public static void mark(GraphicsContext gc, MarkKind kind, double x, double y, double r, Palette p) {
        gc.setLineWidth(2);
        gc.setLineCap(StrokeLineCap.ROUND);
        switch (kind) {
            case EOF -> { // open circle with a bar: "nothing more"
                gc.setFill(p.background());
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.setStroke(p.fg());
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                gc.strokeLine(x - r * 0.5, y, x + r * 0.5, y);
            }
            case HALF_CLOSE -> { // half-filled circle
                gc.setFill(p.background());
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.setFill(p.warn());
                gc.fillArc(x - r, y - r, 2 * r, 2 * r, 90, 180, javafx.scene.shape.ArcType.ROUND);
                gc.setStroke(p.warn());
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case RESET -> lightning(gc, x, y, r, p.error());
            case ERROR -> { // filled triangle with "!"
                gc.setFill(p.error());
                gc.fillPolygon(new double[] {x, x + r * 1.1, x - r * 1.1}, new double[] {y - r * 1.1, y + r * 0.8, y + r * 0.8}, 3);
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(1.6);
                gc.strokeLine(x, y - r * 0.45, x, y + r * 0.15);
                gc.strokeLine(x, y + r * 0.5, x, y + r * 0.5);
            }
            case WOULD_BLOCK -> { // hollow diamond: "nothing to do now"
                gc.setFill(p.background());
                double[] xs = {x, x + r, x, x - r};
                double[] ys = {y - r, y, y + r, y};
                gc.fillPolygon(xs, ys, 4);
                gc.setStroke(p.muted());
                gc.strokePolygon(xs, ys, 4);
            }
            case PARTIAL -> { // square half full, like a buffer
                gc.setFill(p.background());
                gc.fillRect(x - r, y - r, 2 * r, 2 * r);
                gc.setFill(p.sendQ());
                gc.fillRect(x - r, y, 2 * r, r);
                gc.setStroke(p.sendQ());
                gc.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            case CLOSE -> { // the lifeline's end bar
                gc.setStroke(p.fg());
                gc.setLineWidth(3.5);
                gc.strokeLine(x - r * 1.6, y, x + r * 1.6, y);
            }
            case REGISTER -> {
                gc.setFill(p.background());
                gc.fillRoundRect(x - r, y - r, 2 * r, 2 * r, 4, 4);
                gc.setStroke(p.select());
                gc.strokeRoundRect(x - r, y - r, 2 * r, 2 * r, 4, 4);
                gc.strokeLine(x - r * 0.5, y, x + r * 0.5, y);
                gc.strokeLine(x, y - r * 0.5, x, y + r * 0.5);
            }
            case OPTION -> {
                gc.setFill(p.muted());
                gc.fillRect(x - r * 0.6, y - r * 0.6, r * 1.2, r * 1.2);
            }
        }
    }

    /** A lightning bolt: a reset. */
    public static void lightning(GraphicsContext gc, double x, double y, double r, Color c) {
        double[] xs = {x + r * 0.35, x - r * 0.7, x - r * 0.05, x - r * 0.45, x + r * 0.75, x + r * 0.1};
        double[] ys = {y - r * 1.2, y + r * 0.1, y + r * 0.1, y + r * 1.2, y - r * 0.25, y - r * 0.25};
        gc.setFill(c);
        gc.fillPolygon(xs, ys, 6);
    }

    /** A cross: where a lost datagram ends. */
    public static void cross(GraphicsContext gc, double x, double y, double r, Color c) {
        gc.setStroke(c);
        gc.setLineWidth(3);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.strokeLine(x - r, y - r, x + r, y + r);
        gc.strokeLine(x - r, y + r, x + r, y - r);
    }

    /** A filled arrowhead at (x1, y1) pointing away from (x0, y0). */
    public static void arrowHead(GraphicsContext gc, double x0, double y0, double x1, double y1, double size, Color c) {
        double a = Math.atan2(y1 - y0, x1 - x0);
        double s = size;
        gc.setFill(c);
        gc.fillPolygon(new double[] {x1, x1 - s * Math.cos(a - 0.4), x1 - s * Math.cos(a + 0.4)},
                new double[] {y1, y1 - s * Math.sin(a - 0.4), y1 - s * Math.sin(a + 0.4)}, 3);
    }

    /** A rectangle filled with diagonal hatching: a blocked call. */
    public static void hatched(GraphicsContext gc, double x, double y, double w, double h, Color c, Color bg) {
        gc.setFill(bg);
        gc.fillRect(x, y, w, h);
        gc.save();
        gc.beginPath();
        gc.rect(x, y, w, h);
        gc.clip();
        gc.setStroke(c);
        gc.setLineWidth(1.5);
        for (double d = -w; d < h; d += 6) {
            gc.strokeLine(x, y + d + w, x + w, y + d);
        }
        gc.restore();
        gc.setStroke(c);
        gc.setLineWidth(1.5);
        gc.strokeRect(x, y, w, h);
    }
}
