package io.sockscope.sessions;

/**
 * Makes text from a file safe to print on a terminal: control characters (C0, DEL, C1),
 * line and paragraph separators, bidirectional overrides and lone surrogates become visible
 * escapes ({@code \x1b}, {@code \u202e}), so a hostile title or id cannot move the cursor,
 * reset the terminal or reorder what is shown. Everything else, Chinese included, is kept.
 */
public final class Printable {
    private Printable() {
    }

    /** {@code s} with every unsafe character escaped; {@code null} stays {@code "null"}. */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        int i = firstUnsafe(s);
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (unsafe(c)) {
                sb.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (unsafe(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unsafe(char c) {
        return actsOnTerminal(c) || Character.isSurrogate(c);
    }

    /** True for characters a terminal may act on rather than show: C0, DEL, C1, line separators, bidi controls. */
    public static boolean actsOnTerminal(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u200e' && c <= '\u200f') || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }
}
