package io.sockscope.model.event;

import java.nio.channels.SelectionKey;

/**
 * Selection-key operation sets written as letters in a fixed order: A (accept), C (connect),
 * R (read), W (write). {@code ""} is the empty set.
 */
public final class Ops {
    private static final String ORDER = "ACRW";
    private static final int[] BITS = {
        SelectionKey.OP_ACCEPT, SelectionKey.OP_CONNECT, SelectionKey.OP_READ, SelectionKey.OP_WRITE
    };

    private Ops() {
    }

    /** Letters for a {@link SelectionKey} bit set. */
    public static String fromBits(int bits) {
        StringBuilder sb = new StringBuilder(4);
        for (int i = 0; i < BITS.length; i++) {
            if ((bits & BITS[i]) != 0) {
                sb.append(ORDER.charAt(i));
            }
        }
        return sb.toString();
    }

    /** {@link SelectionKey} bits for letters; throws on anything but a canonical letter set. */
    public static int toBits(String ops) {
        requireValid(ops);
        int bits = 0;
        for (int i = 0; i < ops.length(); i++) {
            bits |= BITS[ORDER.indexOf(ops.charAt(i))];
        }
        return bits;
    }

    /** True when {@code ops} is a subset of ACRW written in that order, each letter once. */
    public static boolean isValid(String ops) {
        if (ops == null) {
            return false;
        }
        int last = -1;
        for (int i = 0; i < ops.length(); i++) {
            int at = ORDER.indexOf(ops.charAt(i));
            if (at <= last) {
                return false;
            }
            last = at;
        }
        return true;
    }

    static void requireValid(String ops) {
        if (!isValid(ops)) {
            throw new IllegalArgumentException("not an op set (letters of ACRW in order): " + ops);
        }
    }
}
