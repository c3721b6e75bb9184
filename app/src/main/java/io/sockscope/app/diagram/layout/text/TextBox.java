package io.sockscope.app.diagram.layout.text;

/**
 * A rectangle a text (or a mark) takes on the canvas, in content pixels at zoom 1: left, top,
 * width, height. Boxes that only touch do not intersect.
 */
public record TextBox(double x, double y, double w, double h) {

    /** A box of {@code w} by {@code h} centred on (cx, cy). */
    public static TextBox centred(double cx, double cy, double w, double h) {
        return new TextBox(cx - w / 2, cy - h / 2, w, h);
    }

    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    public double centreX() {
        return x + w / 2;
    }

    public double centreY() {
        return y + h / 2;
    }

    /** True when point (px, py) lies in the box. */
    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    public boolean intersects(TextBox o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** The same box moved by (dx, dy). */
    public TextBox moved(double dx, double dy) {
        return new TextBox(x + dx, y + dy, w, h);
    }
}
