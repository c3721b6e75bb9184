package io.sockscope.app.diagram.surface;

/**
 * Where the diagram is drawn: the window's canvas, an image, an SVG file or a recording for
 * tests. The model is a 2D canvas's: a current fill, stroke, line width, dashes, line cap, font,
 * text alignment and opacity; a transform and a clip; {@link #save()} and {@link #restore()}
 * keep and bring back all of them. Coordinates are in user units, mapped by the transform.
 * State changes last until changed again, across layers, as on a canvas.
 */
public interface Surface {
    void setFill(Rgba colour);

    void setStroke(Rgba colour);

    void setLineWidth(double width);

    /** Dash lengths, on and off in turn; none (or null) draws solid lines. */
    void setLineDashes(double... dashes);

    void setLineCap(LineCap cap);

    void setFont(FontSpec font);

    /** The current font. */
    FontSpec font();

    void setTextAlign(TextAlign align);

    void setTextBaseline(TextBaseline baseline);

    /** Opacity multiplied into everything drawn, 0 to 1. */
    void setGlobalAlpha(double alpha);

    /** Replaces the transform: x' = mxx·x + mxy·y + tx, y' = myx·x + myy·y + ty. */
    void setTransform(double mxx, double myx, double mxy, double myy, double tx, double ty);

    /** Keeps the whole state (colours, line, font, alignment, opacity, transform, clip). */
    void save();

    /** Brings back the state of the matching {@link #save()}. */
    void restore();

    /** Narrows the clip to a rectangle (until the matching restore). */
    void clipRect(double x, double y, double w, double h);

    /** Makes a rectangle transparent (or the background, on surfaces without transparency). */
    void clearRect(double x, double y, double w, double h);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    /** A rectangle with corners rounded by ellipses {@code arcW} by {@code arcH} across. */
    void fillRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    void strokeRoundRect(double x, double y, double w, double h, double arcW, double arcH);

    /** An ellipse within the rectangle. */
    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    /** A pie slice of the ellipse within the rectangle: from {@code start} degrees (counter-clockwise from 3 o'clock) over {@code extent}. */
    void fillPie(double x, double y, double w, double h, double start, double extent);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void strokeLine(double x0, double y0, double x1, double y1);

    void strokePath(Path path);

    /** Writes {@code text} at (x, y) as placed by the text alignment and baseline, in the fill colour. */
    void fillText(String text, double x, double y);

    /** Measures {@code text} in {@code font} as this surface would draw it. */
    TextExtent measure(String text, FontSpec font);

    /** Starts a named group of drawing (a layer); SVG keeps it as a group, a canvas ignores it. */
    default void beginGroup(String name) {
    }

    /** Ends the group begun last. */
    default void endGroup() {
    }
}
