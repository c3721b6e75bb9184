package io.sockscope.app.diagram.surface;

/** The measured size of a text in a font: its advance width, and how far it reaches above and below the baseline. */
public record TextExtent(double width, double ascent, double descent) {
    /** Height from the top of the tallest letter to the bottom of the lowest. */
    public double height() {
        return ascent + descent;
    }
}
