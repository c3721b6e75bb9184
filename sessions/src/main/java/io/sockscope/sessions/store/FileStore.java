package io.sockscope.sessions.store;

import io.sockscope.model.event.Event;
import io.sockscope.model.source.Subscription;
import io.sockscope.sessions.DroppedTail;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.SessionHeader;
import io.sockscope.sessions.SessionIndex;
import io.sockscope.sessions.ReaderOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * A session file as a store: a {@link SessionIndex} for random access, and a few recently read
 * pages of {@value #PAGE} events kept in memory (at most {@value #PAGES} pages); older parts are
 * read back from the file on demand. {@link #follow(Duration)} keeps up with a file that is
 * still being written (a live session's autosave).
 *
 * <p>Working set: the index (two longs per {@value SessionIndex#STEP} events) plus at most
 * {@value #PAGES} × {@value #PAGE} events, whatever the file's length.
 */
public final class FileStore implements SessionStore {
    /** Events in one cached page. */
    public static final int PAGE = 1024;
    /** Pages kept in memory. */
    public static final int PAGES = 16;

    private final SessionIndex index;
    private final Listeners listeners = new Listeners();
    private final Map<Long, List<Event>> pages = new LinkedHashMap<>(PAGES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<Event>> eldest) {
            return size() > PAGES;
        }
    };
    private Thread follower;
    private volatile SessionFormatException followError;

    private FileStore(SessionIndex index) {
        this.index = index;
    }

    /** Opens {@code file}, checking and indexing every line in one pass. */
    public static FileStore open(Path file) throws SessionFormatException {
        return open(file, bytes -> { });
    }

    /** Opens {@code file}, telling {@code progressBytes} how many bytes were read so far. */
    public static FileStore open(Path file, LongConsumer progressBytes) throws SessionFormatException {
        return open(file, progressBytes, e -> { });
    }

    /** {@link #open(Path, LongConsumer)} handing {@code each} every event as the index reads it, in order. */
    public static FileStore open(Path file, LongConsumer progressBytes, Consumer<Event> each) throws SessionFormatException {
        return new FileStore(SessionIndex.build(Objects.requireNonNull(file, "file"), ReaderOptions.defaults(), progressBytes, each));
    }

    public SessionHeader header() {
        return index.header();
    }

    public Path file() {
        return index.file();
    }

    /** The most uncompressed bytes a page read inflates before its first line (0 for a plain file). */
    public long longestInflate() {
        return index.longestInflate();
    }

    /** A cut-off last line that was not counted (still being written, or left by a crash). */
    public Optional<DroppedTail> droppedTail() {
        return index.droppedTail();
    }

    @Override
    public long size() {
        return index.size();
    }

    /**
     * Reads the lines added to the file since the last look; listeners hear the new size when
     * there were any. Returns how many events were added.
     */
    public long refresh() throws SessionFormatException {
        long before = index.size();
        long added = index.grow();
        if (added > 0) {
            synchronized (this) {
                pages.remove(before / PAGE); // the last page was short; it is read again in full
            }
            listeners.grown(index.size());
        }
        return added;
    }

    /**
     * Starts a daemon thread that looks for new lines every {@code period} until {@link #close()}.
     * A line that breaks the format stops it; {@link #followError()} then says why.
     */
    public synchronized void follow(Duration period) {
        Objects.requireNonNull(period, "period");
        if (follower != null) {
            return;
        }
        follower = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    refresh();
                    Thread.sleep(period.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (SessionFormatException e) {
                followError = e;
            }
        }, "sockscope-follow-" + file().getFileName());
        follower.setDaemon(true);
        follower.start();
    }

    /** Why following stopped, if a line broke the format. */
    public Optional<SessionFormatException> followError() {
        return Optional.ofNullable(followError);
    }

    @Override
    public List<Event> read(long from, int count) {
        long size = size();
        if (from < 0 || from > size) {
            throw new IndexOutOfBoundsException("from " + from + " is outside 0.." + size);
        }
        long end = Math.min(size, from + Math.max(0, count));
        List<Event> out = new ArrayList<>((int) Math.min(end - from, 1 << 16));
        for (long p = from / PAGE; p * PAGE < end; p++) {
            List<Event> page = page(p);
            int a = (int) Math.max(0, from - p * PAGE);
            int b = (int) Math.min(page.size(), end - p * PAGE);
            out.addAll(page.subList(a, Math.max(a, b)));
        }
        return out;
    }

    @Override
    public Event get(long seq) {
        long size = size();
        if (seq < 0 || seq >= size) {
            throw new IndexOutOfBoundsException("seq " + seq + " is outside 0.." + size);
        }
        return page(seq / PAGE).get((int) (seq % PAGE));
    }

    private List<Event> page(long p) {
        synchronized (this) {
            List<Event> cached = pages.get(p);
            if (cached != null && (cached.size() == PAGE || (p + 1) * PAGE > size() && cached.size() == size() - p * PAGE)) {
                return cached;
            }
        }
        List<Event> read;
        try {
            read = List.copyOf(index.read(p * PAGE, PAGE));
        } catch (SessionFormatException e) {
            // the file was checked when indexed: it changed under us (truncated or rewritten)
            throw new StoreException("cannot read back " + index.file() + ": " + e.getMessage(), e);
        }
        synchronized (this) {
            pages.put(p, read);
        }
        return read;
    }

    @Override
    public Subscription onGrowth(LongConsumer listener) {
        return listeners.add(listener);
    }

    /** Stops following. */
    @Override
    public void close() {
        Thread f;
        synchronized (this) {
            f = follower;
            follower = null;
        }
        if (f != null) {
            f.interrupt();
        }
    }
}
