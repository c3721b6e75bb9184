package io.sockscope.app.present;

import io.sockscope.app.diagram.DiagramView;
import io.sockscope.app.diagram.layout.RowAxis;
import io.sockscope.app.diagram.paint.Viewport;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A veil over the diagram's body that leaves a band clear: the rows of the present step (or
 * event). Repainted only when the view scrolled, zoomed, resized or the band moved.
 */
final class Spotlight extends Canvas {
    private final DiagramView view;
    private int firstRow = -1;
    private int lastRow = -1;
    private boolean dark;
    private String painted = "";

    Spotlight(DiagramView view) {
        this.view = view;
        setMouseTransparent(true);
        setManaged(false); // sized to the view by hand: its size must not hold the layout at an old one
        setId("spotlight");
    }

    /** Lights rows {@code first} to {@code last} of the view's fold (none for -1). */
    void light(int first, int last) {
        firstRow = first;
        lastRow = last;
    }

    void setDark(boolean dark) {
        this.dark = dark;
        painted = "";
    }

    /** The lit band's top and bottom in this canvas's pixels, or null when nothing is lit. */
    double[] band() {
        if (firstRow < 0 || lastRow < firstRow) {
            return null;
        }
        Viewport v = view.viewport();
        double z = v.zoom();
        double top = (v.y(firstRow) - RowAxis.STEP / 2 + Viewport.HEAD) * z;
        double bottom = (Math.max(v.y(lastRow) + RowAxis.STEP / 2, v.viewY(v.axis().bottom(lastRow))) + Viewport.HEAD) * z;
        return new double[] {top, bottom};
    }

    /** Paints the veil if anything it depends on changed (called once a frame). */
    void refresh() {
        setWidth(view.getWidth());
        setHeight(view.getHeight());
        double[] band = band();
        Viewport v = view.viewport();
        String key = getWidth() + "x" + getHeight() + "@" + v.scrollY() + "/" + v.zoom() + ":" + firstRow + "-" + lastRow + dark;
        if (key.equals(painted)) {
            return;
        }
        painted = key;
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (band == null) {
            return;
        }
        double headBottom = Viewport.HEAD * v.zoom();
        g.setFill(dark ? Color.rgb(0, 0, 0, 0.6) : Color.rgb(255, 255, 255, 0.7));
        double top = Math.max(headBottom, band[0]);
        if (top > headBottom) {
            g.fillRect(0, headBottom, getWidth(), top - headBottom);
        }
        double bottom = Math.max(headBottom, band[1]);
        if (bottom < getHeight()) {
            g.fillRect(0, bottom, getWidth(), getHeight() - bottom);
        }
    }
}
