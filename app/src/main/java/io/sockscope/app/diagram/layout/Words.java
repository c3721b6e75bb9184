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
        int from = 0; // the words since the last placeholder, appended in one piece
        for (int i = pattern.indexOf('{'); i >= 0; i = pattern.indexOf('{', i + 1)) {
            int n = placeholder(pattern, i);
            if (n >= 0 && n < args.length) {
                b.append(pattern, from, i).append(args[n]);
                i = pattern.indexOf('}', i);
                from = i + 1;
            }
        }
        return b.append(pattern, from, pattern.length()).toString();
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
