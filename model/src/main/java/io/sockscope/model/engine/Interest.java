package io.sockscope.model.engine;

import io.sockscope.model.event.Ops;
import java.nio.channels.SelectionKey;
import java.util.Locale;
import java.util.Objects;

/**
 * The operations a channel registered with a selector waits for: A (accept), C (connect),
 * R (read), W (write). Events write it as letters in that order ({@link #letters()}), as before.
 */
public final class Interest {
    private static final String LETTERS = "ACRW";
    private static final int[] BITS = {
        SelectionKey.OP_ACCEPT, SelectionKey.OP_CONNECT, SelectionKey.OP_READ, SelectionKey.OP_WRITE
    };
    public static final Interest ACCEPT = new Interest(SelectionKey.OP_ACCEPT);
    public static final Interest CONNECT = new Interest(SelectionKey.OP_CONNECT);
    public static final Interest READ = new Interest(SelectionKey.OP_READ);
    public static final Interest WRITE = new Interest(SelectionKey.OP_WRITE);

    private final int bits;

    private Interest(int bits) {
        this.bits = bits;
    }

    /** The {@link SelectionKey} bits {@code bits} (only the four operations). */
    public static Interest ofBits(int bits) {
        int all = SelectionKey.OP_ACCEPT | SelectionKey.OP_CONNECT | SelectionKey.OP_READ | SelectionKey.OP_WRITE;
        if ((bits & ~all) != 0) {
            throw new IllegalArgumentException("not selection-key operations: " + bits);
        }
        return new Interest(bits);
    }

    /**
     * The set written {@code letters}: any of A, C, R, W, in any order and case, each once;
     * "" is the empty set.
     *
     * @throws IllegalArgumentException for any other letter or a letter given twice
     */
    public static Interest parse(String letters) {
        String s = Objects.requireNonNull(letters, "letters").trim().toUpperCase(Locale.ROOT);
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            int at = LETTERS.indexOf(s.charAt(i));
            if (at < 0 || (bits & BITS[at]) != 0) {
                throw new IllegalArgumentException("not an interest set (each of A, C, R, W at most once): " + letters);
            }
            bits |= BITS[at];
        }
        return new Interest(bits);
    }

    /** This set and {@code other}'s operations. */
    public Interest and(Interest other) {
        return new Interest(bits | other.bits);
    }

    public int bits() {
        return bits;
    }

    /** As events write it: letters of ACRW in that order. */
    public String letters() {
        return Ops.fromBits(bits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Interest i && i.bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return letters();
    }
}
