package io.sockscope.app.diagram.layout;

import java.util.Objects;
import java.util.function.Function;

/**
 * The words the diagram writes itself, looked up by key in the reader's language; a key without
 * a translation keeps the English text given with it. Placeholders {@code {0}}, {@code {1}}...
 * are filled here (no MessageFormat: the canvas texts carry no plural or number formats).
 */
public final class Words {
    /** English only: every lookup keeps the given text. */
    public static final Words ENGLISH = new Words(k -> null);

    private final Function<String, String> lookup;

    /** {@code lookup} answers a key with its translation, or null to keep the English text. */
    public Words(Function<String, String> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** The text of {@code key} ({@code english} when there is no translation) with its placeholders filled. */
    public String get(String key, String english, Object... args) {
        String t = lookup.apply(key);
        return fill(t == null ? english : t, args);
    }

    /** True when {@code key} has a translation. */
    public boolean has(String key) {
        return lookup.apply(key) != null;
    }

    static String fill(String pattern, Object... args) {
        if (args.length == 0) {
            return pattern;
        }
        StringBuilder b = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int n = c == '{' ? placeholder(pattern, i) : -1;
            if (n >= 0) {
                int close = pattern.indexOf('}', i);
                if (n < args.length) {
                    b.append(args[n]);
                } else {
                    b.append(pattern, i, close + 1);
                }
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The number of the placeholder ({@code {0}} to {@code {99}}) starting at {@code open}, or -1 when there is none. */
    private static int placeholder(String pattern, int open) {
        int n = 0;
        int i = open + 1;
        for (; i < pattern.length() && i <= open + 2; i++) {
            char d = pattern.charAt(i);
            if (d == '}') {
                break;
            }
            if (!Character.isDigit(d)) {
                return -1;
            }
            n = n * 10 + Character.digit(d, 10);
        }
        return i > open + 1 && i < pattern.length() && pattern.charAt(i) == '}' ? n : -1;
    }
}
