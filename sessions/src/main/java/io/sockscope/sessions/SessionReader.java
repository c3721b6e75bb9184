package io.sockscope.sessions;

import io.sockscope.model.event.Event;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.nio.file.Path;

/**
 * Streams the events of a session file (plain or gzip), checking every line as it goes.
 *
 * <pre>{@code
 * try (SessionReader r = SessionReader.open(file)) {
 *     while (r.hasNext()) {
 *         Event e = r.next();   // throws SessionFormatException on a bad line
 *     }
 *     r.droppedTail().ifPresent(d -> ...);
 * }
 * }</pre>
 * Only one line is held in memory at a time. Not thread-safe.
 */
public final class SessionReader implements AutoCloseable {
    private final SessionSource src;
    private final SessionHeader header;
    private long lineNo;
    private long expectedSeq;
    private long lastT;
    private Event pending;
    private SessionFormatException pendingError;
    private boolean ended;
    private DroppedTail dropped;
    private long lastLineStart;

    private SessionReader(SessionSource src, SessionHeader header, long lineNo, long seq, long lastT) {
        this.src = src;
        this.header = header;
        this.lineNo = lineNo;
        this.expectedSeq = seq;
        this.lastT = lastT;
    }

    /** Opens a session file and reads its header. */
    public static SessionReader open(Path file) throws SessionFormatException {
        return open(file, ReaderOptions.defaults());
    }

    public static SessionReader open(Path file, ReaderOptions options) throws SessionFormatException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        SessionSource src = SessionSource.open(file, options);
        try {
            return new SessionReader(src, src.readHeader(), 1, 0, 0);
        } catch (SessionFormatException e) {
            src.closeQuietly(e);
            throw e;
        }
    }

    /**
     * Opens at a checkpoint: the line starting at {@code offset} (uncompressed) is line
     * {@code lineNo} and holds event {@code seq}; {@code t} is a lower bound for its time.
     */
    static SessionReader openAt(Path file, ReaderOptions options, long offset, long lineNo, long seq, long t)
            throws SessionFormatException {
        SessionSource src = SessionSource.open(file, options);
        try {
            SessionHeader h = src.readHeader();
            src.seek(offset);
            return new SessionReader(src, h, lineNo - 1, seq, t);
        } catch (SessionFormatException e) {
            src.closeQuietly(e);
            throw e;
        }
    }

    /** The file's header (line 1). */
    public SessionHeader header() {
        return header;
    }

    /** True when {@link #next()} has an event, or an error, to hand out. */
    public boolean hasNext() {
        if (pending == null && pendingError == null && !ended) {
            advance();
        }
        return pending != null || pendingError != null;
    }

    /** The next event; throws when its line breaks the format (the reader then stops). */
    public Event next() throws SessionFormatException {
        if (!hasNext()) {
            throw new NoSuchElementException("no more events in " + src.file());
        }
        if (pendingError != null) {
            SessionFormatException e = pendingError;
            pendingError = null;
            ended = true;
            throw e;
        }
        Event e = pending;
        pending = null;
        return e;
    }

    /** Skips {@code n} lines without parsing them (used by the index; it has checked them). */
    void skipLines(long n) throws SessionFormatException {
        for (long i = 0; i < n; i++) {
            if (!src.skipLine(lineNo + 1)) {
                return;
            }
            lineNo++;
            expectedSeq++;
        }
    }

    private void advance() {
        try {
            if (!src.nextLine(lineNo + 1)) {
                ended = true;
                return;
            }
            lineNo++;
            lastLineStart = src.lineStart();
            Event e;
            try {
                e = EventCodec.read(Json.parseObject(src.bytes(), src.length()));
            } catch (LineException le) {
                if (le.syntax() && !src.terminated()) {
                    dropped = new DroppedTail(lineNo, src.length());
                    ended = true;
                    return;
                }
                throw src.error(lineNo, le.getMessage(), le);
            }
            check(e);
            pending = e;
        } catch (SessionFormatException ex) {
            pendingError = ex;
        }
    }

    private void check(Event e) throws SessionFormatException {
        if (e.seq() != expectedSeq) {
            throw src.error(lineNo, "seq " + e.seq() + " where " + expectedSeq
                    + " was expected (events count up by one from 0)", null);
        }
        if (e.t() < lastT) {
            throw src.error(lineNo, "time goes backwards: t " + e.t() + " is before the previous event's t " + lastT, null);
        }
        expectedSeq++;
        lastT = e.t();
    }

    /** After reading to the end: the cut-off last line that was skipped, if any. */
    public Optional<DroppedTail> droppedTail() {
        return Optional.ofNullable(dropped);
    }

    /** Bytes of the file consumed so far (compressed bytes for gzip files), for progress bars. */
    public long bytesRead() {
        return src.fileBytesRead();
    }

    /** The 1-based line number of the last line read (1 is the header). */
    public long line() {
        return lineNo;
    }

    /** Whether the file is gzip-compressed. */
    public boolean compressed() {
        return src.gzip();
    }

    /** Uncompressed offset where the line of the last event handed out starts. */
    long lastLineStart() {
        return lastLineStart;
    }

    @Override
    public void close() throws SessionFormatException {
        src.close();
    }
}
