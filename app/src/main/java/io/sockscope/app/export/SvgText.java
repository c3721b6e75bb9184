package io.sockscope.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of an SVG document as it is drawn: text kept in chunks of bounded size, so a
 * document of megabytes is never copied into one growing array, with numbers appended in place
 * (at most two decimals) instead of through strings.
 */
final class SvgText {
    private static final int CHUNK = 1 << 16;

    private final List<StringBuilder> full = new ArrayList<>();
    private StringBuilder cur = new StringBuilder(CHUNK + 256);
    private long length;

    SvgText append(String s) {
        cur.append(s);
        return roll();
    }

    SvgText append(char c) {
        cur.append(c);
        return roll();
    }

    SvgText append(long v) {
        cur.append(v);
        return roll();
    }

    /** {@code v} rounded to hundredths, without trailing zeros ({@code 3}, {@code 2.5}, {@code -0.05}). */
    SvgText num(double v) {
        long h = Math.round(v * 100);
        if (h < 0) {
            cur.append('-');
            h = -h;
        }
        cur.append(h / 100);
        int frac = (int) (h % 100);
        if (frac != 0) {
            cur.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                cur.append((char) ('0' + frac % 10));
            }
        }
        return roll();
    }

    /** Text as XML character data: markup characters escaped, characters XML forbids left out. */
    SvgText escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> cur.append("&amp;");
                case '<' -> cur.append("&lt;");
                case '>' -> cur.append("&gt;");
                case '"' -> cur.append("&quot;");
                default -> {
                    if ((c >= 0x20 || c == '\t') && c != 0xFFFE && c != 0xFFFF) {
                        cur.append(c);
                    }
                }
            }
        }
        return roll();
    }

    /** Characters so far. */
    long length() {
        return length + cur.length();
    }

    void writeTo(Writer w) throws IOException {
        for (StringBuilder b : full) {
            w.append(b);
        }
        w.append(cur);
    }

    private SvgText roll() {
        if (cur.length() >= CHUNK) {
            length += cur.length();
            full.add(cur);
            cur = new StringBuilder(CHUNK + 256);
        }
        return this;
    }
}
