package io.sockscope.sessions;

/**
 * Lengths the reader accepts, so that a hostile file cannot make a reader (or {@code info},
 * which keeps every socket id) hold more than a bounded amount per field.
 */
public final class Limits {
    /** Longest socket or selector id, in characters ({@code s1}, {@code s2}... are far shorter). */
    public static final int MAX_ID_CHARS = 256;
    /** Longest other string (a caption, an address, an error message), in characters. */
    public static final int MAX_TEXT_CHARS = 65_536;
    /** Most distinct unknown event types and field names counted by name; more are counted together. */
    public static final int MAX_SKIPPED_NAMES = 64;

    private Limits() {
    }
}
