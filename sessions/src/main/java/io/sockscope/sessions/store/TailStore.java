package io.sockscope.sessions.store;

import io.sockscope.model.event.Event;
import io.sockscope.model.source.Subscription;
import io.sockscope.sessions.SessionFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * A live session's store: events are appended as they come and kept in memory only until the
 * session's autosave file holds them; older events are read back from the file (a
 * {@link FileStore} following it on its own thread). Memory: the newest {@code keep} events
 * plus what the writer has not flushed yet, plus the file store's index and pages. When the
 * file cannot be read (no autosave, or a broken line) every event stays in memory.
 */
public final class TailStore implements SessionStore {
    private final Path file;
    private final int keep;
    private final Duration period;
    private final Listeners listeners = new Listeners();
    private final ArrayList<Event> tail = new ArrayList<>();
    /** Seq of {@code tail.get(0)}. */
    private long tailFrom;
    private volatile FileStore disk;
    private final Thread opener;

    /**
     * @param file   the autosave being written
     * @param keep   events kept in memory even when the file holds them (the recent past)
     * @param period how often the file is looked at
     */
    public TailStore(Path file, int keep, Duration period) {
        this.file = Objects.requireNonNull(file, "file");
        this.period = Objects.requireNonNull(period, "period");
        if (keep < 0) {
            throw new IllegalArgumentException("keep must not be negative: " + keep);
        }
        this.keep = keep;
        opener = new Thread(this::openWhenReady, "sockscope-tail-" + file.getFileName());
        opener.setDaemon(true);
        opener.start();
    }

    /** Waits until the writer has put the header down, then follows the file. */
    private void openWhenReady() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (Files.exists(file) && Files.size(file) > 0) {
                    try {
                        FileStore f = FileStore.open(file);
                        f.follow(period);
                        disk = f;
                        return;
                    } catch (SessionFormatException e) {
                        // header not complete yet: look again after a while
                        System.getLogger(TailStore.class.getName()).log(System.Logger.Level.DEBUG,
                                "autosave not readable yet: " + e.getMessage());
                    }
                }
                Thread.sleep(period.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.io.IOException e) {
            System.getLogger(TailStore.class.getName()).log(System.Logger.Level.INFO,
                    "cannot follow " + file + ", live events stay in memory: " + e.getMessage());
        }
    }

    /** Adds the newest events (each with the next seq); forgets those the file holds, but the last {@code keep}. */
    public void append(List<? extends Event> batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            return;
        }
        long size;
        synchronized (this) {
            for (Event e : batch) {
                long next = tailFrom + tail.size();
                if (e.seq() != next) {
                    throw new IllegalArgumentException("event seq " + e.seq() + " where " + next + " comes next");
                }
                tail.add(e);
            }
            trim();
            size = tailFrom + tail.size();
        }
        listeners.grown(size);
    }

    private void trim() {
        FileStore d = disk;
        if (d == null || d.followError().isPresent()) {
            return;
        }
        long onDisk = Math.min(d.size(), tailFrom + tail.size());
        long drop = onDisk - keep - tailFrom;
        if (drop >= Math.max(1024, keep / 4)) { // in chunks: removing from the front moves the rest
            tail.subList(0, (int) drop).clear();
            tailFrom += drop;
        }
    }

    /** Events held in memory now. */
    public synchronized int inMemory() {
        return tail.size();
    }

    @Override
    public synchronized long size() {
        return tailFrom + tail.size();
    }

    @Override
    public List<Event> read(long from, int count) {
        List<Event> out = new ArrayList<>();
        long end;
        synchronized (this) {
            end = Math.min(size(), from + Math.max(0, count));
            if (from < 0 || from > size()) {
                throw new IndexOutOfBoundsException("from " + from + " is outside 0.." + size());
            }
            if (from >= tailFrom) {
                return List.copyOf(tail.subList((int) (from - tailFrom), (int) (end - tailFrom)));
            }
        }
        long split = Math.min(end, tailFrom);
        out.addAll(disk.read(from, (int) (split - from))); // below tailFrom the file holds them
        if (end > split) {
            out.addAll(read(split, (int) (end - split)));
        }
        return out;
    }

    @Override
    public Event get(long seq) {
        synchronized (this) {
            if (seq >= tailFrom && seq < tailFrom + tail.size()) {
                return tail.get((int) (seq - tailFrom));
            }
            if (seq < 0 || seq >= size()) {
                throw new IndexOutOfBoundsException("seq " + seq + " is outside 0.." + size());
            }
        }
        return disk.get(seq);
    }

    @Override
    public Subscription onGrowth(LongConsumer listener) {
        return listeners.add(listener);
    }

    /** Stops following the file. */
    @Override
    public void close() {
        opener.interrupt();
        FileStore d = disk;
        if (d != null) {
            d.close();
        }
    }
}
