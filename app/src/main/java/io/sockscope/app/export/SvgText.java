package io.sockscope.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of an SVG document as it is drawn, already in UTF-8: bytes kept in chunks of bounded
 * size, so a document of megabytes is never copied into one growing array nor encoded again on
 * the way out, with numbers written digit by digit (at most two decimals) instead of through
 * strings.
 */
final class SvgText {
    private static final int CHUNK = 1 << 16;
    /** "00" to "99", two bytes each. */
    private static final byte[] PAIRS = new byte[200];

    static {
        for (int i = 0; i < 100; i++) {
            PAIRS[2 * i] = (byte) ('0' + i / 10);
            PAIRS[2 * i + 1] = (byte) ('0' + i % 10);
        }
    }

    private final List<byte[]> full = new ArrayList<>();
    private final List<Integer> fullLengths = new ArrayList<>();
    private byte[] cur = new byte[CHUNK];
    private int pos;
    /** A high surrogate written last, waiting for its low half. */
    private char high;

    SvgText append(String s) {
        int n = s.length();
        room(3 * n + 1);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                cur[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
        return this;
    }

    /** ASCII bytes made once (an element's opening, an attribute's name), copied in one piece. */
    SvgText raw(byte[] ascii) {
        room(ascii.length + 1);
        if (high != 0) {
            lone();
        }
        System.arraycopy(ascii, 0, cur, pos, ascii.length);
        pos += ascii.length;
        return this;
    }

    /** The bytes of an ASCII string, for {@link #raw(byte[])}. */
    static byte[] ascii(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                throw new IllegalArgumentException("not ASCII: " + s);
            }
            b[i] = (byte) c;
        }
        return b;
    }

    SvgText append(char c) {
        room(4);
        if (c < 0x80 && high == 0) {
            cur[pos++] = (byte) c;
        } else {
            put(c);
        }
        return this;
    }

    SvgText append(long v) {
        room(21);
        if (high != 0) {
            lone();
        }
        digits(v);
        return this;
    }

    /** {@code v} rounded to hundredths, without trailing zeros ({@code 3}, {@code 2.5}, {@code -0.05}). */
    SvgText num(double v) {
        room(25);
        if (high != 0) {
            lone();
        }
        int i = (int) v;
        if (i == v && i >= 0) { // a whole number (most coordinates): its digits, no rounding
            digits(i);
            return this;
        }
        long h = Math.round(v * 100);
        if (h < 0) {
            cur[pos++] = '-';
            h = -h;
        }
        long whole = h / 100;
        digits(whole);
        int frac = (int) (h - 100 * whole);
        if (frac != 0) {
            cur[pos++] = '.';
            cur[pos++] = (byte) ('0' + frac / 10);
            if (frac % 10 != 0) {
                cur[pos++] = (byte) ('0' + frac % 10);
            }
        }
        return this;
    }

    /** Text as XML character data: markup characters escaped, characters XML forbids left out. */
    SvgText escaped(String text) {
        int n = text.length();
        room(6 * n + 1);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> asciiText("&amp;");
                case '<' -> asciiText("&lt;");
                case '>' -> asciiText("&gt;");
                case '"' -> asciiText("&quot;");
                default -> {
                    if (c < 0x80 && c >= 0x20 && high == 0) {
                        cur[pos++] = (byte) c;
                    } else if ((c >= 0x20 || c == '\t') && c != 0xFFFE && c != 0xFFFF) {
                        put(c);
                    }
                }
            }
        }
        return this;
    }

    void writeTo(OutputStream o) throws IOException {
        for (int i = 0; i < full.size(); i++) {
            o.write(full.get(i), 0, fullLengths.get(i));
        }
        o.write(cur, 0, pos);
        if (high != 0) {
            o.write('?'); // a lone high surrogate at the end, replaced as Java's UTF-8 encoder does
        }
    }

    /** Room for {@code bytes} more in the current chunk (a new chunk when it is full). */
    private void room(int bytes) {
        if (pos + bytes > cur.length) {
            full.add(cur);
            fullLengths.add(pos);
            cur = new byte[Math.max(CHUNK, bytes)];
            pos = 0;
        }
    }

    private void asciiText(String s) {
        if (high != 0) {
            lone();
        }
        for (int i = 0; i < s.length(); i++) {
            cur[pos++] = (byte) s.charAt(i);
        }
    }

    /** One character as UTF-8; a surrogate pair as one code point, a lone surrogate as '?' (as Java's encoder writes it). */
    private void put(char c) {
        if (high != 0) {
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                high = 0;
                cur[pos++] = (byte) (0xF0 | cp >> 18);
                cur[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                cur[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                cur[pos++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            lone();
        }
        if (c < 0x80) {
            cur[pos++] = (byte) c;
        } else if (c < 0x800) {
            cur[pos++] = (byte) (0xC0 | c >> 6);
            cur[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            cur[pos++] = '?';
        } else {
            cur[pos++] = (byte) (0xE0 | c >> 12);
            cur[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            cur[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** The high surrogate kept was not followed by a low one. */
    private void lone() {
        high = 0;
        cur[pos++] = '?';
    }

    private void digits(long v) {
        if (v < 0 || v > Integer.MAX_VALUE) {
            asciiText(Long.toString(v));
            return;
        }
        int x = (int) v; // coordinates and counts: int arithmetic, digits written from the last
        int n = x < 10 ? 1 : x < 100 ? 2 : x < 1000 ? 3 : x < 10_000 ? 4 : x < 100_000 ? 5 : x < 1_000_000 ? 6
                : x < 10_000_000 ? 7 : x < 100_000_000 ? 8 : x < 1_000_000_000 ? 9 : 10;
        int i = pos + n;
        while (x >= 100) { // two digits per division, from a table
            int q = x / 100;
            int r = 2 * (x - 100 * q);
            cur[--i] = PAIRS[r + 1];
            cur[--i] = PAIRS[r];
            x = q;
        }
        if (x >= 10) {
            cur[--i] = PAIRS[2 * x + 1];
            cur[--i] = PAIRS[2 * x];
        } else {
            cur[--i] = (byte) ('0' + x);
        }
        pos += n;
    }
}
