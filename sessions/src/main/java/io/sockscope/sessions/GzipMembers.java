package io.sockscope.sessions;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Compresses a session as a series of independent gzip members, a new one beginning at the first
 * line boundary after {@link #MEMBER_BYTES} uncompressed bytes. RFC 1952 allows any number of
 * members in a file and {@code gzip -d} or {@code zcat} give their texts one after another, so
 * the file is still an ordinary gzip file; but a reader can start inflating at any member, and
 * the seek index uses that to jump near an event without inflating everything before it.
 *
 * <p>Each {@link #flush()} is a sync flush of the current member: what was written reaches the
 * file as complete deflate blocks. Not thread-safe (the {@link SessionWriter} locks).
 */
final class GzipMembers extends OutputStream {
    /** Uncompressed bytes after which a member ends at the next line boundary. */
    static final int MEMBER_BYTES = 256 << 10;

    private static final int BUFFER = 1 << 16;

    private final OutputStream file;
    private final long memberBytes;
    /** The member being written, or null between members (the next one opens on the next write). */
    private OutputStream member;
    private long inMember;

    GzipMembers(OutputStream file) {
        this(file, MEMBER_BYTES);
    }

    /** With a smaller member size, for tests. */
    GzipMembers(OutputStream file, long memberBytes) {
        if (memberBytes <= 0) {
            throw new IllegalArgumentException("memberBytes must be positive: " + memberBytes);
        }
        this.file = file;
        this.memberBytes = memberBytes;
    }

    @Override
    public void write(int b) throws IOException {
        current().write(b);
        inMember++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len > 0) {
            current().write(b, off, len);
            inMember += len;
        }
    }

    /** Tells that a line ended here: ends the member if it is big enough. */
    void lineEnded() throws IOException {
        if (member != null && inMember >= memberBytes) {
            OutputStream done = member;
            member = null;
            inMember = 0;
            done.close(); // writes the member's trailer; the file stays open
        }
    }

    private OutputStream current() throws IOException {
        if (member == null) {
            member = new BufferedOutputStream(new GZIPOutputStream(new KeepOpen(file), BUFFER, true), BUFFER);
        }
        return member;
    }

    @Override
    public void flush() throws IOException {
        if (member != null) {
            member.flush();
        } else {
            file.flush();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (member != null) {
                OutputStream last = member;
                member = null;
                last.close();
            }
        } finally {
            file.close();
        }
    }

    /** The file under one member: closing a member finishes it but must not close the file. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
