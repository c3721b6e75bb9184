package io.sockscope.sessions;

/**
 * Limits a {@link SessionReader} applies against damaged or hostile files.
 *
 * @param maxLineBytes longest line accepted; reading never buffers more than this
 */
public record ReaderOptions(int maxLineBytes) {
    /** Default line limit: 1 MiB (a 4 KiB payload is under 6 KiB of base64). */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    public ReaderOptions {
        if (maxLineBytes < 1024) {
            throw new IllegalArgumentException("maxLineBytes must be at least 1024: " + maxLineBytes);
        }
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_LINE_BYTES);
    }
}
