package io.sockscope.app.diagram.paint;

/**
 * Text fitting. {@code fillText} with a maximum width measures and scales the text on every
 * call, which costs more than the drawing itself in the software pipeline; so captions are cut
 * by an estimate, and the few long texts (step notes) are measured by the surface (which caches).
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

    /** An address fitted to {@code width}: IP addresses lose their end, paths their start (the file name stays). */
    public static String fitAddress(String address, double width, double charWidth) {
        int max = (int) (width / charWidth);
        if (address.length() <= max || !address.startsWith("/")) {
            return fit(address, width, charWidth);
        }
        return max <= 1 ? "…" : "…" + address.substring(address.length() - (max - 1));
    }

    /** Estimated width of small text (about 11 px), counting wide letters and CJK characters. */
    public static double estimate(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            w += ch == ' ' ? 3.6 : Character.isUpperCase(ch) ? 7.8 : ch >= 0x2e80 ? 12 : 6.3;
        }
        return w;
    }
}
