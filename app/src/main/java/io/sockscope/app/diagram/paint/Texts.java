package io.sockscope.app.diagram.paint;

import io.sockscope.app.diagram.surface.FontSpec;
import io.sockscope.app.diagram.surface.Surface;

/**
 * Text fitting. {@code fillText} with a maximum width measures and scales the text on every
 * call, which costs more than the drawing itself in the software pipeline; so texts are cut
 * here, measured by the surface in the font that draws them (the surface caches the widths),
 * and labels in the body are placed by an estimate.
 */
public final class Texts {
    private Texts() {
    }

    /** Whether {@code text} in {@code font} is at most {@code width} pixels wide. */
    public static boolean fits(Surface g, FontSpec font, String text, double width) {
        return g.measure(text, font).width() <= width;
    }

    /** {@code text} cut at its end with an ellipsis so that it fits {@code width} pixels in {@code font}. */
    public static String fit(Surface g, FontSpec font, String text, double width) {
        if (fits(g, font, text, width)) {
            return text;
        }
        int lo = 0; // the longest start that fits with the ellipsis, by bisection
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (fits(g, font, text.substring(0, mid).stripTrailing() + "…", width)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "…";
    }

    /** A path cut at its start with an ellipsis, so that its end (the file name) stays, to fit {@code width}. */
    public static String fitPath(Surface g, FontSpec font, String path, double width) {
        if (fits(g, font, path, width)) {
            return path;
        }
        int lo = 1; // the shortest dropped start that fits, by bisection
        int hi = path.length();
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (fits(g, font, "…" + path.substring(mid), width)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return "…" + path.substring(lo);
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
