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
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(pattern.substring(i + 1, close));
                b.append(n < args.length ? String.valueOf(args[n]) : pattern.substring(i, close + 1));
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
