package io.sockscope.app.diagram.paint;

/**
 * Cheap text fitting. {@code fillText} with a maximum width measures and scales the text on every
 * call, which costs more than the drawing itself in the software pipeline; shortening by an
 * estimate of the character width is close enough for captions.
 */
public final class Texts {
    private Texts() {
    }

    /** {@code text} cut with an ellipsis to fit about {@code width} pixels of {@code charWidth}-wide characters. */
    public static String fit(String text, double width, double charWidth) {
        int max = (int) (width / charWidth);
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? "…" : text.substring(0, max - 1) + "…";
    }
}
