package io.sockscope.sessions;

import io.sockscope.model.event.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checkpoints into a session file so any event can be reached without reading from the start:
 * the offset of every {@value #STEP}th event, built in one validating pass. {@link #openAt(long)}
 * jumps to the nearest checkpoint and skips at most {@value #STEP} lines. For gzip files a jump
 * decompresses from the start of the file (the data there cannot be entered in the middle).
 * Immutable and thread-safe; each {@link #openAt(long)} gets its own reader.
 */
public final class SessionIndex {
    /** Events between checkpoints. */
    public static final int STEP = 4096;

    private final Path file;
    private final ReaderOptions options;
    private final SessionHeader header;
    private final long size;
    private final SessionReader.Mark[] marks;
    private final boolean oneEventPerLine;
    private final DroppedTail dropped;

    private SessionIndex(Path file, ReaderOptions options, SessionHeader header, long size,
                         SessionReader.Mark[] marks, boolean oneEventPerLine, DroppedTail dropped) {
        this.file = file;
        this.options = options;
        this.header = header;
        this.size = size;
        this.marks = marks;
        this.oneEventPerLine = oneEventPerLine;
        this.dropped = dropped;
    }

    /** Reads the whole file once, checking every line; throws on the first bad one. */
    public static SessionIndex build(Path file) throws SessionFormatException {
        return build(file, ReaderOptions.defaults());
    }

    public static SessionIndex build(Path file, ReaderOptions options) throws SessionFormatException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        try (SessionReader r = SessionReader.open(file, options)) {
            List<SessionReader.Mark> points = new ArrayList<>();
            long n = 0;
            while (r.hasNext()) {
                r.next();
                if (n % STEP == 0) {
                    points.add(r.mark());
                }
                n++;
            }
            return new SessionIndex(file, options, r.header(), n, points.toArray(SessionReader.Mark[]::new),
                    r.skipped().eventTypes().isEmpty(), r.droppedTail().orElse(null));
        }
    }

    /** Number of complete events in the file. */
    public long size() {
        return size;
    }

    public SessionHeader header() {
        return header;
    }

    public java.util.Optional<DroppedTail> droppedTail() {
        return java.util.Optional.ofNullable(dropped);
    }

    /**
     * A reader whose first {@link SessionReader#next()} is event {@code seq} (0 ≤ seq ≤ size;
     * at size the reader is at the end). The caller closes it.
     */
    public SessionReader openAt(long seq) throws SessionFormatException {
        if (seq < 0 || seq > size) {
            throw new IndexOutOfBoundsException("seq " + seq + " is outside 0.." + size);
        }
        if (size == 0) {
            return SessionReader.open(file, options);
        }
        int cp = (int) Math.min(seq / STEP, marks.length - 1);
        long first = (long) cp * STEP;
        SessionReader r = SessionReader.openAt(file, options, marks[cp]);
        try {
            r.skipEvents(seq - first, oneEventPerLine);
            return r;
        } catch (SessionFormatException e) {
            try {
                r.close();
            } catch (SessionFormatException c) {
                e.addSuppressed(c);
            }
            throw e;
        }
    }

    /** Up to {@code count} events starting at event {@code fromSeq}. */
    public List<Event> read(long fromSeq, int count) throws SessionFormatException {
        List<Event> out = new ArrayList<>(Math.min(Math.max(count, 0), 65_536));
        try (SessionReader r = openAt(fromSeq)) {
            while (out.size() < count && r.hasNext()) {
                out.add(r.next());
            }
        }
        return out;
    }
}
