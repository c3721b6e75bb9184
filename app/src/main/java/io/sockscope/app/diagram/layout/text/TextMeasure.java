package io.sockscope.app.diagram.layout.text;

/**
 * How wide a text is and how tall its line, in pixels at zoom 1. The view measures with the
 * toolkit's fonts; tests and headless layout use {@link #estimate()}.
 */
public interface TextMeasure {
    double width(String text, TextStyle style);

    double lineHeight(TextStyle style);

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
