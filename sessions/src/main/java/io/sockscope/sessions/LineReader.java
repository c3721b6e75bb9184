package io.sockscope.sessions;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads newline-terminated lines of bytes, never holding more than a set limit for one line,
 * and knows the offset (in the uncompressed stream) where each line starts.
 */
final class LineReader {
    /** A line went past the limit; nothing more of it was buffered. */
    static final class TooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLongException(int limit) {
            super("line is longer than " + limit + " bytes");
        }
    }

    private final InputStream in;
    private final int limit;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;
    private long bufStart;
    private byte[] line = new byte[512];
    private int length;
    private boolean terminated;
    private long lineStart;

    /** @param offset where {@code in} starts in the whole stream */
    LineReader(InputStream in, int limit, long offset) {
        this.in = in;
        this.limit = limit;
        this.bufStart = offset;
    }

    /** Reads the next line into {@link #bytes()}; false at end of input. */
    boolean next() throws IOException {
        length = 0;
        lineStart = bufStart + pos;
        while (true) {
            if (pos == lim && !fill()) {
                terminated = false;
                return length > 0;
            }
            int nl = indexOfNewline();
            int end = nl >= 0 ? nl : lim;
            append(end - pos);
            pos = nl >= 0 ? nl + 1 : lim;
            if (nl >= 0) {
                terminated = true;
                return true;
            }
        }
    }

    /** Skips one line without keeping it; false at end of input. */
    boolean skip() throws IOException {
        lineStart = bufStart + pos;
        boolean any = false;
        while (true) {
            if (pos == lim && !fill()) {
                return any;
            }
            any = true;
            int nl = indexOfNewline();
            if (nl >= 0) {
                pos = nl + 1;
                return true;
            }
            pos = lim;
        }
    }

    private int indexOfNewline() {
        for (int i = pos; i < lim; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int n) throws IOException {
        if (length + n > limit) {
            throw new TooLongException(limit);
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(limit, Math.max(length + n, line.length * 2)));
        }
        System.arraycopy(buf, pos, line, length, n);
        length += n;
    }

    private boolean fill() throws IOException {
        bufStart += lim;
        pos = 0;
        lim = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        lim = n;
        return true;
    }

    /** The current line's bytes, valid up to {@link #length()}, without the newline. */
    byte[] bytes() {
        return line;
    }

    int length() {
        return length;
    }

    /** False when the line ended at end of input without a newline. */
    boolean terminated() {
        return terminated;
    }

    /** Offset of the current line's first byte in the uncompressed stream. */
    long lineStart() {
        return lineStart;
    }

    /** Discards {@code n} bytes. */
    void skipBytes(long n) throws IOException {
        while (n > 0) {
            if (pos == lim && !fill()) {
                throw new java.io.EOFException("seek beyond the end of the data");
            }
            int k = (int) Math.min(n, lim - pos);
            pos += k;
            n -= k;
        }
    }

    /** Offset of the next unread byte. */
    long position() {
        return bufStart + pos;
    }

    /** The next byte without consuming it, or -1 at end of input. */
    int peek() throws IOException {
        if (pos == lim && !fill()) {
            return -1;
        }
        return buf[pos] & 0xff;
    }
}
