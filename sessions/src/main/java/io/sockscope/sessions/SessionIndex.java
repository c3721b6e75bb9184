package io.sockscope.sessions;

import io.sockscope.model.event.Event;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Checkpoints into a session file so any event can be reached without reading from the start:
 * the offset of every {@value #STEP}th event, built in one validating pass. {@link #openAt(long)}
 * jumps to the nearest checkpoint and skips at most {@value #STEP} lines. Compressed data cannot
 * be entered in the middle, so for a gzip file each checkpoint also names the gzip member that
 * holds it, and a jump inflates from that member's start: a few hundred KiB in the multi-member
 * files {@link SessionWriter} writes, the whole file up to the checkpoint in a single-member one.
 *
 * <p>The index can follow a file that is still being written (a live session's autosave):
 * {@link #grow()} reads only the complete lines added since the last call. A cut-off last line
 * is not counted; it is read again once the writer finishes it. Thread-safe; each
 * {@link #openAt(long)} gets its own reader. Memory: one small record per {@value #STEP} events.
 */
public final class SessionIndex {
    /** Events between checkpoints. */
    public static final int STEP = 4096;

    private final Path file;
    private final ReaderOptions options;
    private final SessionHeader header;
    /**
     * Complete events indexed; written under the lock, read without it so that a reader asking for
     * the count (the window's thread, for every live batch) never waits for a {@link #grow()} that is
     * reading the file.
     */
    private volatile long size;
    private SessionReader.Mark[] marks = new SessionReader.Mark[16];
    private int points;
    /** Where the last complete event is: growth resumes after it. */
    private SessionReader.Mark last;
    /** False once a line of an unknown event type was skipped: seeks then read events instead of skipping lines. */
    private boolean oneEventPerLine = true;
    private DroppedTail dropped;
    private final boolean gzip;

    private SessionIndex(Path file, ReaderOptions options, SessionHeader header, boolean gzip) {
        this.file = file;
        this.options = options;
        this.header = header;
        this.gzip = gzip;
    }

    /** Reads the whole file once, checking every line; throws on the first bad one. */
    public static SessionIndex build(Path file) throws SessionFormatException {
        return build(file, ReaderOptions.defaults());
    }

    public static SessionIndex build(Path file, ReaderOptions options) throws SessionFormatException {
        return build(file, options, bytes -> { });
    }

    /**
     * An index of a file this program is writing (a live session's autosave), its header read
     * and no event yet: {@link #grow()} and {@link #growTo} place the lines as they are needed,
     * each line's form checked, its payloads' base64 measured, not decoded (reading the events
     * back decodes them).
     */
    public static SessionIndex following(Path file) throws SessionFormatException {
        return build(file, ReaderOptions.defaults(), bytes -> { }, e -> { }, 0);
    }

    /**
     * Builds the index telling {@code progressBytes} how many file bytes were read (about every
     * 64 KiB, and once at the end), for a progress bar.
     */
    public static SessionIndex build(Path file, ReaderOptions options, LongConsumer progressBytes)
            throws SessionFormatException {
        return build(file, options, progressBytes, e -> { });
    }

    /**
     * {@link #build(Path, ReaderOptions, LongConsumer)} handing {@code each} every event as it is
     * read, in order, so a caller can work on them in the same pass (a window folds the
     * diagram while the file is indexed instead of reading it all again).
     */
    public static SessionIndex build(Path file, ReaderOptions options, LongConsumer progressBytes, Consumer<Event> each)
            throws SessionFormatException {
        return build(file, options, progressBytes, each, Long.MAX_VALUE);
    }

    private static SessionIndex build(Path file, ReaderOptions options, LongConsumer progressBytes, Consumer<Event> each,
                                      long count) throws SessionFormatException {
        Objects.requireNonNull(each, "each");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progressBytes, "progressBytes");
        SessionHeader header;
        boolean gzip;
        try (SessionReader r = SessionReader.open(file, options)) {
            header = r.header();
            gzip = r.gzip();
        }
        SessionIndex index = new SessionIndex(file, options, header, gzip);
        index.grow(progressBytes, each, count, false);
        return index;
    }

    /**
     * Reads the complete events written since the last call (or since {@link #build}) and
     * indexes them; returns how many were added. Throws on a line that breaks the format.
     */
    public long grow() throws SessionFormatException {
        return grow(bytes -> { }, e -> { }, Long.MAX_VALUE, true);
    }

    /**
     * As {@link #grow()}, stopping once the index holds {@code count} events: a reader that
     * needs event {@code count - 1} does not wait for the lines after it to be placed.
     */
    public long growTo(long count) throws SessionFormatException {
        return grow(bytes -> { }, e -> { }, count, true);
    }

    /**
     * Reads on until the index holds {@code count} events or the file ends; with {@code placeOnly}
     * the lines are counted and placed, their payloads measured, not decoded (growing, nobody is
     * handed the events).
     */
    private synchronized long grow(LongConsumer progressBytes, Consumer<Event> each, long count, boolean placeOnly)
            throws SessionFormatException {
        long before = size;
        try (SessionReader r = resume()) {
            if (placeOnly) {
                r.withoutPayloadBytes();
            }
            long reported = 0;
            boolean uncounted = false;
            try {
                while (size < count && r.hasNext()) {
                    long now = r.bytesRead();
                    if (now - reported >= 1 << 16) {
                        reported = now;
                        progressBytes.accept(now);
                    }
                    Event e = r.next();
                    uncounted = true;
                    each.accept(e);
                    if (size % STEP == 0) {
                        add(r.mark());
                    }
                    size++;
                    uncounted = false;
                }
            } finally {
                // the last event counted, also when a line after it broke the format (not when the
                // caller's each threw: only a build hands events to one, and it then has no index)
                if (size > before && !uncounted) {
                    last = r.mark();
                }
            }
            oneEventPerLine &= r.skipped().eventTypes().isEmpty();
            if (size < count) { // read to the end: whether the last line is cut off is known
                dropped = r.droppedTail().orElse(null);
            }
            progressBytes.accept(r.bytesRead());
        }
        return size - before;
    }

    /** A reader positioned just after the last complete event indexed so far. */
    private SessionReader resume() throws SessionFormatException {
        if (size == 0) {
            return SessionReader.open(file, options);
        }
        SessionReader r = SessionReader.openAt(file, options, last);
        try {
            r.next(); // the last event indexed, read again: the reader then stands after it
            return r;
        } catch (SessionFormatException e) {
            closeQuietly(r, e);
            throw e;
        }
    }

    private void add(SessionReader.Mark mark) {
        if (points == marks.length) {
            marks = Arrays.copyOf(marks, points * 2);
        }
        marks[points++] = mark;
    }

    /**
     * The most uncompressed bytes a jump to a checkpoint inflates before it gets there: 0 for a
     * plain file, a few hundred KiB for the multi-member gzip files Sockscope writes, up to the
     * whole text for a gzip file of one member (one an older Sockscope or {@code gzip} wrote).
     */
    public synchronized long longestInflate() {
        long most = 0;
        for (int i = 0; i < points; i++) {
            GzipMember m = marks[i].member();
            if (gzip) {
                most = Math.max(most, marks[i].offset() - m.textOffset());
            }
        }
        return most;
    }

    /** Number of complete events in the file (as of the last {@link #grow()}, or so far in one under way). */
    public long size() {
        return size;
    }

    public SessionHeader header() {
        return header;
    }

    public Path file() {
        return file;
    }

    /** The cut-off last line found by the last {@link #grow()}, if any. */
    public synchronized Optional<DroppedTail> droppedTail() {
        return Optional.ofNullable(dropped);
    }

    /**
     * A reader whose first {@link SessionReader#next()} is event {@code seq} (0 ≤ seq ≤ size;
     * at size the reader is at the end). The caller closes it.
     */
    public SessionReader openAt(long seq) throws SessionFormatException {
        long n;
        SessionReader.Mark mark;
        boolean plain;
        int cp;
        synchronized (this) {
            n = size;
            if (seq < 0 || seq > n) {
                throw new IndexOutOfBoundsException("seq " + seq + " is outside 0.." + n);
            }
            if (n == 0) {
                return SessionReader.open(file, options);
            }
            cp = (int) Math.min(seq / STEP, points - 1);
            mark = marks[cp];
            plain = oneEventPerLine;
        }
        long first = (long) cp * STEP;
        SessionReader r = SessionReader.openAt(file, options, mark);
        try {
            r.skipEvents(seq - first, plain);
            return r;
        } catch (SessionFormatException e) {
            closeQuietly(r, e);
            throw e;
        }
    }

    /** Up to {@code count} events starting at event {@code fromSeq}, never past {@link #size()}. */
    public List<Event> read(long fromSeq, int count) throws SessionFormatException {
        long end = Math.min(size(), fromSeq + Math.max(count, 0));
        List<Event> out = new ArrayList<>((int) Math.min(Math.max(end - fromSeq, 0), 65_536));
        try (SessionReader r = openAt(fromSeq)) {
            while (fromSeq + out.size() < end && r.hasNext()) {
                out.add(r.next());
            }
        }
        return out;
    }

    private static void closeQuietly(SessionReader r, SessionFormatException primary) {
        try {
            r.close();
        } catch (SessionFormatException c) {
            primary.addSuppressed(c);
        }
    }
}
