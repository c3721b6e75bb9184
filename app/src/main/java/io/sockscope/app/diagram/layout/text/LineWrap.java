package io.sockscope.app.diagram.layout.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into lines no wider than a width, keeping every character: Latin text breaks at
 * spaces, Chinese between any two characters (never before closing punctuation such as ，。）),
 * and a word longer than the line (a path, an address) breaks where it must. Never an ellipsis.
 */
public final class LineWrap {
    private static final String NO_LINE_START = "，。、；：！？）」』》,.;:!?)]}";

    private LineWrap() {
    }

    public static List<String> wrap(String text, double width, TextMeasure m, TextStyle style) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            wrapParagraph(para, width, m, style, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, double width, TextMeasure m, TextStyle style, List<String> out) {
        int start = 0;
        while (start < text.length()) {
            if (m.width(text.substring(start), style) <= width) {
                out.add(text.substring(start));
                return;
            }
            int end = lastFit(text, start, width, m, style);
            int cut = breakBefore(text, start, end);
            out.add(text.substring(start, cut).stripTrailing());
            start = cut;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (text.isEmpty()) {
            out.add("");
        }
    }

    /** The largest end (exclusive) such that text[start, end) fits; at least one character. */
    private static int lastFit(String text, int start, double width, TextMeasure m, TextStyle style) {
        int lo = start + 1;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (m.width(text.substring(start, mid), style) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Where to break a line that may run to {@code end}: after a space, between CJK characters, else at {@code end}. */
    private static int breakBefore(String text, int start, int end) {
        for (int i = end; i > start; i--) {
            if (i < text.length() && text.charAt(i) == ' ') {
                return i;
            }
            if (i < text.length() && (cjk(text.charAt(i)) || cjk(text.charAt(i - 1)))
                    && NO_LINE_START.indexOf(text.charAt(i)) < 0 && text.charAt(i - 1) != ' ') {
                return i;
            }
            if (text.charAt(i - 1) == ' ') {
                return i;
            }
        }
        return end; // one long word: break inside it
    }

    private static boolean cjk(char c) {
        return c >= 0x2e80;
    }
}
