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
    private final Skips skips;
    /** The quick way through the lines, its parser kept from line to line. */
    private final StreamedLine streamed = new StreamedLine();
    private long lineNo;
    private long expectedSeq;
    private long lastT;
    /** The time of the line before the last one read: a compact line's {@code dt} counts from it. */
    private long tBefore;
    private Event pending;
    private SessionFormatException pendingError;
    private boolean ended;
    private DroppedTail dropped;
    private long lastLineStart;
    /** The reader's state when it handed out its last event, for {@link #mark()} (kept as numbers: most events are never marked). */
    private long handedStart;
    private long handedLine;
    private long handedSeq;
    private long handedSkipped;
    private long handedT;

    private SessionReader(SessionSource src, SessionHeader header, Skips skips, long lineNo, long seq, long lastT) {
        this.src = src;
        this.header = header;
        this.skips = skips;
        this.lineNo = lineNo;
        this.expectedSeq = seq;
        this.lastT = lastT;
        this.tBefore = lastT;
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
            Skips skips = new Skips();
            return new SessionReader(src, src.readHeader(skips), skips, 1, 0, 0);
        } catch (SessionFormatException e) {
            src.closeQuietly(e);
            throw e;
        }
    }

    /** Opens at a checkpoint taken with {@link #mark()}: the next event handed out is the one marked. */
    /**
     * From now on events keep their payloads' lengths but not their bytes, and whole payloads
     * are not decoded (an index placing lines it does not hand out; pages read later decode).
     */
    void withoutPayloadBytes() {
        streamed.payloadBytes(false);
    }

    static SessionReader openAt(Path file, ReaderOptions options, Mark mark) throws SessionFormatException {
        SessionSource src = SessionSource.open(file, options);
        try {
            SessionHeader h = src.readHeader(new Skips());
            src.seek(mark.offset(), mark.member());
            return new SessionReader(src, h, new Skips(mark.skippedBefore()), mark.line() - 1, mark.fileSeq(), mark.t());
        } catch (SessionFormatException e) {
            src.closeQuietly(e);
            throw e;
        }
    }

    /**
     * Where the event last handed out starts, and the reader's state before it, for
     * {@link #openAt(Path, ReaderOptions, Mark)}; asked for events in the order they were handed
     * out (a gzip file's reader forgets the members before the last one named).
     */
    Mark mark() {
        return new Mark(handedStart, src.memberHolding(handedStart), handedLine, handedSeq, handedSkipped, handedT);
    }

    /**
     * A checkpoint in a file: the line at uncompressed {@code offset} is line {@code line}, holds
     * the event written as {@code fileSeq}, after {@code skippedBefore} events of unknown types;
     * {@code t} is the time of the line before it, from which a compact line's {@code dt}
     * counts (and a lower bound for its time). In a gzip file the line lies in {@code member},
     * where inflating starts to reach it.
     */
    record Mark(long offset, GzipMember member, long line, long fileSeq, long skippedBefore, long t) {
    }

    /** True for a gzip file. */
    boolean gzip() {
        return src.gzip();
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
        handedStart = lastLineStart;
        handedLine = lineNo;
        handedSeq = expectedSeq - 1;
        handedSkipped = skips.events();
        handedT = tBefore;
        return e;
    }

    /**
     * Skips {@code n} events (used by the index, which has checked them): without parsing when
     * every line is one event ({@code oneEventPerLine}), else by reading them. In a compact file
     * (2.0 or later) the skipped lines' times are added up, so each line's {@code t} or
     * {@code dt} is read, but nothing else of it.
     */
    void skipEvents(long n, boolean oneEventPerLine) throws SessionFormatException {
        if (!oneEventPerLine) {
            for (long i = 0; i < n && hasNext(); i++) {
                next();
            }
            return;
        }
        boolean compact = header.level() >= WireField.COMPACT;
        for (long i = 0; i < n; i++) {
            if (!(compact ? src.nextLine(lineNo + 1) : src.skipLine(lineNo + 1))) {
                return;
            }
            lineNo++;
            if (compact) {
                try {
                    lastT = new LineTime(header.level(), expectedSeq - 1, lastT).tOfCheckedLine(src.bytes(), src.length());
                } catch (LineException e) {
                    throw src.error(lineNo, e.getMessage(), e);
                }
            }
            expectedSeq++;
        }
    }

    private void advance() {
        do {
            readLine(); // a line of an unknown event type gives nothing: go on to the next
        } while (pending == null && pendingError == null && !ended);
    }

    private void readLine() {
        try {
            if (!src.nextLine(lineNo + 1)) {
                ended = true;
                return;
            }
            lineNo++;
            lastLineStart = src.lineStart();
            EventCodec.Line line = streamed.next(src.bytes(), src.length(), header.level(), expectedSeq - 1, lastT,
                    skips.events());
            try {
                if (line == null) { // a line the streaming path does not take: read as a tree, for its reason or its skips
                    line = EventCodec.read(Json.parseObject(src.bytes(), src.length()), header.level(), expectedSeq - 1, lastT,
                            skips.events(), skips);
                }
            } catch (LineException le) {
                if (le.syntax() && !src.terminated()) {
                    dropped = new DroppedTail(lineNo, src.length());
                    ended = true;
                    return;
                }
                throw src.error(lineNo, le.getMessage(), le);
            }
            check(line);
            pending = line.event();
        } catch (SessionFormatException ex) {
            pendingError = ex;
        }
    }

    private void check(EventCodec.Line e) throws SessionFormatException {
        if (e.seq() != expectedSeq) {
            throw src.error(lineNo, "seq " + e.seq() + " where " + expectedSeq
                    + " was expected (events count up by one from 0)", null);
        }
        if (e.t() < lastT) {
            throw src.error(lineNo, "time goes backwards: t " + e.t() + " is before the previous event's t " + lastT, null);
        }
        expectedSeq++;
        tBefore = lastT;
        lastT = e.t();
    }

    /**
     * What was skipped so far because this build does not know it: events of unknown types and
     * unknown fields (see {@link Skipped}). Events after a skipped one are numbered on without a
     * gap, so {@code seq} stays the position in what this reader hands out.
     */
    public Skipped skipped() {
        return skips.snapshot();
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

    /** Uncompressed offset where the line of the last event handed out starts. */
    long lastLineStart() {
        return lastLineStart;
    }

    @Override
    public void close() throws SessionFormatException {
        streamed.close();
        src.close();
    }
}
