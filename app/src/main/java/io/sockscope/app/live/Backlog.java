package io.sockscope.app.live;

import io.sockscope.model.event.Event;
import io.sockscope.sessions.SessionFormatException;
import io.sockscope.sessions.SessionIndex;
import io.sockscope.sessions.SessionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a live session's autosave forward, on a thread of its own ({@code sockscope-backlog}),
 * for a view that fell further behind than the events kept in memory for it. The view asks for
 * the events from a seq on ({@link #start}), takes what was read a batch at a time without ever
 * waiting ({@link #poll}), and {@link #stop}s once it reached the events in memory again (the
 * thread then ends; the next start makes another). At most
 * {@value #AHEAD} batches of {@value #BATCH} events are read ahead. The file is read on from
 * where the last batch ended; its index (two longs every 4,096 events), built once and grown as
 * the file grows, places the reader when it has to jump or has read all there was.
 */
final class Backlog {
    private static final System.Logger LOG = System.getLogger(Backlog.class.getName());
    /** Events read at a time. */
    static final int BATCH = 1000;
    /** Batches read ahead of the view. */
    static final int AHEAD = 2;
    /** How long the reader waits for the writer (it flushes at least every 100 ms) when the file has nothing new. */
    private static final long WAIT_MS = 20;

    private final Path file;
    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(AHEAD);
    /** Guards {@link #wanted}, {@link #generation} and {@link #thread}. */
    private final Object lock = new Object();
    /** The next seq to read, or -1 while the view needs nothing from the file. */
    private long wanted = -1;
    private int generation;
    /** The reader, while the view wants something read; it ends once nothing is wanted. */
    private Thread thread;
    /** The reader thread's (one at a time): the file's index, and a reader standing before event {@link #readerAt}. */
    private SessionIndex index;
    private SessionReader reader;
    private long readerAt;
    private volatile SessionFormatException failure;

    private record Batch(int generation, List<Event> events) {
    }

    Backlog(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** Starts reading from event {@code seq}; what was read for an earlier start is dropped. */
    void start(long seq) {
        synchronized (lock) {
            generation++;
            wanted = seq;
            ready.clear();
            if (thread == null) {
                thread = new Thread(this::run, "sockscope-backlog");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    /** Stops reading: the view has what it needs in memory. */
    void stop() {
        synchronized (lock) {
            generation++;
            wanted = -1;
            ready.clear();
        }
    }

    /** The next batch read since the last {@link #start}, or null when none is ready yet. Never waits. */
    List<Event> poll() {
        while (true) {
            Batch b = ready.poll();
            if (b == null) {
                return null;
            }
            synchronized (lock) {
                if (b.generation == generation) {
                    return b.events;
                }
            }
        }
    }

    /** Events read and waiting to be taken. */
    int held() {
        int n = 0;
        for (Batch b : ready) {
            n += b.events.size();
        }
        return n;
    }

    /** Why the file could not be read, if it could not: the view cannot catch up then. */
    Optional<SessionFormatException> failure() {
        return Optional.ofNullable(failure);
    }

    private void run() {
        boolean ended = false;
        try {
            while (!ended) {
                ended = step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SessionFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read back " + file + " for the live view: " + e.getMessage(), e);
            failure = e;
        } finally {
            if (!ended) { // a failure: the next start makes another thread
                closeQuietly();
                synchronized (lock) {
                    thread = null;
                }
            }
        }
    }

    /**
     * Reads a batch and hands it over, or waits a while for the writer; once nothing is wanted,
     * closes the file (outside the lock: the view's thread never waits on a file) and ends the
     * thread unless a start came meanwhile. Returns true when the thread has ended.
     */
    private boolean step() throws InterruptedException, SessionFormatException {
        long from;
        int gen;
        synchronized (lock) {
            from = wanted;
            gen = generation;
        }
        if (from < 0) {
            closeQuietly();
            synchronized (lock) {
                if (wanted < 0) {
                    thread = null;
                    return true;
                }
            }
            return false;
        }
        List<Event> events = read(from);
        if (events.isEmpty()) {
            Thread.sleep(WAIT_MS);
        } else {
            hand(new Batch(gen, events), from + events.size());
        }
        return false;
    }

    /**
     * Events from {@code from} on that the file holds now, at most a batch; none when the writer
     * has not got there yet. Reads on from where the last read ended; opens the file again (at
     * the index's nearest point) only to jump, or once it read all there was.
     */
    private List<Event> read(long from) throws SessionFormatException {
        if (reader == null || readerAt != from || !reader.hasNext()) {
            reopen(from);
            if (reader == null) {
                return List.of();
            }
        }
        List<Event> out = new ArrayList<>(BATCH);
        while (out.size() < BATCH && reader.hasNext()) {
            out.add(reader.next());
        }
        readerAt = from + out.size();
        return out;
    }

    /** A reader at event {@code from}, the index grown first; none when the file does not hold that event yet. */
    private void reopen(long from) throws SessionFormatException {
        closeReader();
        if (index == null) {
            index = SessionIndex.following(file); // the autosave this program writes: its payloads are decoded when read
        }
        if (index.size() <= from) {
            index.growTo(from + 1); // the reader goes on from there without the index
        }
        if (index.size() > from) {
            reader = index.openAt(from);
            readerAt = from;
        }
    }

    private void closeReader() throws SessionFormatException {
        SessionReader r = reader;
        reader = null;
        if (r != null) {
            r.close();
        }
    }

    /** Closes the reader as the thread ends; a failure to close is logged, nothing is left to read from it. */
    private void closeQuietly() {
        try {
            closeReader();
        } catch (SessionFormatException e) {
            LOG.log(System.Logger.Level.INFO, "closing the read-back of " + file + ": " + e.getMessage());
        }
    }

    /** Waits for room for {@code b}, unless its request is over; then moves the request on to {@code next}. */
    private void hand(Batch b, long next) throws InterruptedException {
        while (true) {
            synchronized (lock) {
                if (b.generation != generation) {
                    return;
                }
            }
            if (ready.offer(b, WAIT_MS, TimeUnit.MILLISECONDS)) {
                synchronized (lock) {
                    if (b.generation == generation) {
                        wanted = next;
                    }
                }
                return;
            }
        }
    }
}
