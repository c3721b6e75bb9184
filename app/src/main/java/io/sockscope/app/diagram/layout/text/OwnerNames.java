package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.layout.Words;

/**
 * An owner group's name in the reader's language: the leading word(s) a scenario or the live
 * palette wrote ({@code server}, {@code client}, {@code external}...) are looked up under
 * {@code owner.WORDS}; what follows them (a number, a letter, {@code : python3 (pid 42)}) stays.
 */
public final class OwnerNames {
    private OwnerNames() {
    }

    /** {@code client-2} → {@code 客户端-2} when {@code owner.client} has a translation; else unchanged. */
    public static String show(String owner, Words words) {
        for (int cut = owner.length(); cut > 0; cut = lastBreak(owner, cut)) {
            String key = "owner." + owner.substring(0, cut).replace(' ', '_');
            if (words.has(key)) {
                return words.get(key, owner.substring(0, cut)) + owner.substring(cut);
            }
        }
        return owner;
    }

    /** The end of the shorter prefix before {@code end}: the last space, dash or colon before it, or 0. */
    private static int lastBreak(String s, int end) {
        for (int i = end - 1; i > 0; i--) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == ':') {
                return i;
            }
        }
        return 0;
    }
}
