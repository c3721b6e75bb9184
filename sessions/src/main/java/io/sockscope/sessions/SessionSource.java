package io.sockscope.sessions;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipException;

/** The bytes of a session file as lines: opens it, detects gzip by its magic bytes, maps I/O errors to reasons. */
final class SessionSource implements AutoCloseable {
    private final Path file;
    private final ReaderOptions options;
    private final FileChannel channel;
    private final boolean gzip;
    private long rawBase;
    private Counting raw;
    /** The decompressor of a gzip file (null for a plain one). */
    private GzipStream inflating;
    private LineReader lines;

    private SessionSource(Path file, ReaderOptions options, FileChannel channel, boolean gzip) {
        this.file = file;
        this.options = options;
        this.channel = channel;
        this.gzip = gzip;
    }

    static SessionSource open(Path file, ReaderOptions options) throws SessionFormatException {
        FileKind.requireSessionFile(file); // before opening: opening a FIFO would wait for a writer
        FileChannel ch;
        try {
            ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new SessionFormatException(file, 0, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new SessionFormatException(file, 0, "permission denied", e);
        } catch (IOException e) {
            throw new SessionFormatException(file, 0, "cannot open: " + e.getMessage(), e);
        }
        SessionSource s = null;
        try {
            if (ch.size() == 0) {
                throw new SessionFormatException(file, 0, "empty file, not a Sockscope session");
            }
            ByteBuffer magic = ByteBuffer.allocate(2);
            while (magic.hasRemaining() && ch.read(magic, magic.position()) > 0) {
                // positional reads until two bytes or end of file
            }
            boolean gz = magic.position() == 2 && (magic.get(0) & 0xff) == 0x1f && (magic.get(1) & 0xff) == 0x8b;
            s = new SessionSource(file, options, ch, gz);
            s.restart();
            return s;
        } catch (IOException e) {
            SessionFormatException fe = (s != null ? s : new SessionSource(file, options, ch, false)).error(0, e);
            closeQuietly(ch, fe);
            throw fe;
        } catch (SessionFormatException e) {
            closeQuietly(ch, e);
            throw e;
        }
    }

    private void restart() throws IOException {
        if (gzip) {
            startAt(GzipMember.FIRST);
        } else {
            plainAt(0);
        }
    }

    /** Reads a gzip file from the start of {@code member}. */
    private void startAt(GzipMember member) throws IOException {
        channel.position(member.fileOffset());
        rawBase = member.fileOffset();
        raw = new Counting(Channels.newInputStream(channel));
        inflating = new GzipStream(raw, member);
        lines = new LineReader(inflating, options.maxLineBytes(), member.textOffset());
    }

    private void plainAt(long offset) throws IOException {
        channel.position(offset);
        rawBase = offset;
        raw = new Counting(Channels.newInputStream(channel));
        lines = new LineReader(raw, options.maxLineBytes(), offset);
    }

    SessionHeader readHeader(Skips skips) throws SessionFormatException {
        try {
            int first = lines.peek();
            if (first < 0) {
                throw new SessionFormatException(file, 0, "empty file, not a Sockscope session");
            }
            if (first != '{') {
                throw new SessionFormatException(file, 1, "not a Sockscope session (it does not start with a JSON header line)");
            }
        } catch (IOException e) {
            throw error(1, e);
        }
        nextLine(1);
        try {
            return Json.readHeader(Json.parseObject(lines.bytes(), lines.length()), skips);
        } catch (LineException e) {
            String reason = e.syntax() && !lines.terminated() ? "header line is cut off (the file ends inside it)" : e.getMessage();
            throw new SessionFormatException(file, 1, reason, e);
        }
    }

    /**
     * Moves to uncompressed offset {@code offset} (after the header). A gzip file is inflated
     * from the start of {@code member}, the member holding that offset (see
     * {@link #memberHolding(long)}), or from where it already is when that is nearer.
     */
    void seek(long offset, GzipMember member) throws SessionFormatException {
        try {
            if (gzip) {
                long at = lines.position();
                if (offset < at || member.textOffset() > at) {
                    startAt(member);
                }
                lines.skipBytes(offset - lines.position());
            } else {
                plainAt(offset);
            }
        } catch (IOException e) {
            throw error(0, e);
        }
    }

    /**
     * For a gzip file, the member holding uncompressed offset {@code offset}, which must be at
     * or after any offset asked before and at or after where this source started; for a plain
     * file {@link GzipMember#FIRST}.
     */
    GzipMember memberHolding(long offset) {
        return gzip ? inflating.memberHolding(offset) : GzipMember.FIRST;
    }

    boolean nextLine(long lineNo) throws SessionFormatException {
        try {
            return lines.next();
        } catch (IOException e) {
            throw error(lineNo, e);
        }
    }

    boolean skipLine(long lineNo) throws SessionFormatException {
        try {
            return lines.skip();
        } catch (IOException e) {
            throw error(lineNo, e);
        }
    }

    SessionFormatException error(long line, IOException e) {
        String reason;
        if (e instanceof LineReader.TooLongException) {
            reason = e.getMessage() + " (the reader's limit)";
        } else if (e instanceof EOFException && gzip) {
            reason = "compressed data ends early (the gzip file is cut off)";
        } else if (e instanceof GzipStream.TrailingBytesException) {
            reason = e.getMessage();
        } else if (e instanceof java.nio.channels.ClosedByInterruptException) {
            reason = "reading was interrupted";
        } else if (e instanceof ZipException) {
            reason = "compressed data is damaged: " + e.getMessage();
        } else {
            reason = "read failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        return new SessionFormatException(file, line, reason, e);
    }

    SessionFormatException error(long line, String reason, Throwable cause) {
        return new SessionFormatException(file, line, reason, cause);
    }

    byte[] bytes() {
        return lines.bytes();
    }

    int length() {
        return lines.length();
    }

    boolean terminated() {
        return lines.terminated();
    }

    long lineStart() {
        return lines.lineStart();
    }

    Path file() {
        return file;
    }

    boolean gzip() {
        return gzip;
    }

    long fileBytesRead() {
        return rawBase + raw.count;
    }

    @Override
    public void close() throws SessionFormatException {
        try {
            channel.close();
        } catch (IOException e) {
            throw new SessionFormatException(file, 0, "cannot close: " + e.getMessage(), e);
        }
    }

    void closeQuietly(Exception primary) {
        closeQuietly(channel, primary);
    }

    private static void closeQuietly(FileChannel ch, Exception primary) {
        try {
            ch.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }

    /** Counts the file bytes read, for progress. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
