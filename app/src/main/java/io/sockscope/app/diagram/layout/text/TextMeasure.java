package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.surface.FontMetrics;
import io.sockscope.app.diagram.surface.FontSpec;

/**
 * How wide a text is and how tall its line, in pixels at zoom 1. The painters measure through
 * the surface they draw on ({@link #of}), so the window, SVG and image export all place text by
 * the fonts that draw it; tests may use {@link #estimate()}.
 */
public interface TextMeasure {
    double width(String text, TextStyle style);

    double lineHeight(TextStyle style);

    /** Measures with {@code metrics} (a surface's) in the three fonts of the diagram's text styles. */
    static TextMeasure of(FontMetrics metrics, FontSpec normal, FontSpec small, FontSpec bold) {
        return new TextMeasure() {
            @Override
            public double width(String text, TextStyle style) {
                return metrics.measure(text, font(style)).width();
            }

            @Override
            public double lineHeight(TextStyle style) {
                return Math.ceil(font(style).size() * 1.3);
            }

            private FontSpec font(TextStyle style) {
                return style == TextStyle.SMALL ? small : style == TextStyle.BOLD ? bold : normal;
            }
        };
    }

    /**
     * A toolkit-free estimate for a 14 px sans-serif font, on the wide side so that a real font
     * never needs more room than it: Latin letters 8 px (capitals 10), CJK 14, space 4.
     */
    static TextMeasure estimate() {
        return new TextMeasure() {
            @Override
            public double width(String text, TextStyle style) {
                double w = 0;
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    w += c == ' ' ? 4 : Character.isUpperCase(c) ? 10 : c >= 0x2e80 ? 14 : 8;
                }
                return style == TextStyle.SMALL ? w * 0.9 : style == TextStyle.BOLD ? w * 1.05 : w;
            }

            @Override
            public double lineHeight(TextStyle style) {
                return style == TextStyle.SMALL ? 15 : 18;
            }
        };
    }
}
