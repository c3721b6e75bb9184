package io.sockscope.app.live;

import io.sockscope.model.event.Event;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;

/**
 * A live session's events on their way to the view, bounded in memory. The delivery thread adds
 * each event as the autosave recorded it; once more than {@value #MAX_PENDING} wait, the oldest
 * are let go (the autosave has them). When the view reaches events it no longer finds in memory
 * it reads them back from the file ({@link Backlog}, off the view's thread) until it meets those
 * in memory again. So the view gets every recorded event, in order, as the file has it, and
 * never more than {@value #MAX_PENDING} events plus the backlog's read-ahead wait in memory.
 * One thread adds, one (the view's) drains.
 */
final class ViewQueue {
    /** Most events kept in memory for the view; older ones are read back from the autosave. */
    static final int MAX_PENDING = 10_000;

    /** The newest events not yet taken; guards itself, {@link #offered} and {@link #notShown}. */
    private final ArrayDeque<Event> pending = new ArrayDeque<>();
    private long offered;
    private long notShown;
    private final Backlog backlog;
    /** Changed by the view's thread only (under the lock): a batch read back, the seq it takes next, whether it reads from the file. */
    private final ArrayDeque<Event> readBack = new ArrayDeque<>();
    private long next;
    private boolean reading;
    /** Set when the file cannot be read back: the view then gets no more events. */
    private boolean stopped;

    ViewQueue(Path file) {
        this.backlog = new Backlog(file);
    }

    /** Adds the next recorded event (delivery thread). */
    void offer(Event e) {
        synchronized (pending) {
            if (stopped) {
                notShown++;
                return;
            }
            pending.addLast(e);
            offered = e.seq() + 1;
            if (pending.size() > MAX_PENDING) {
                pending.pollFirst();
            }
        }
    }

    /** Counts an event the view will not get (the autosave left it out). */
    void leaveOut() {
        synchronized (pending) {
            notShown++;
        }
    }

    /** Moves at most {@code max} events, in order, into {@code into}; returns how many the view still has to get. */
    long drain(List<Event> into, int max) {
        int taken = 0;
        synchronized (pending) {
            while (taken < max && !stopped) {
                while (!pending.isEmpty() && pending.peekFirst().seq() < next) {
                    pending.pollFirst();
                }
                Event head = pending.peekFirst();
                if (reading && (head == null ? next == offered : head.seq() == next)) {
                    reading = false;
                    readBack.clear();
                    backlog.stop();
                }
                if (!reading && head == null) {
                    break;
                }
                if (!reading && head.seq() == next) {
                    into.add(pending.pollFirst());
                } else if (!takeReadBack(into)) {
                    break;
                }
                next++;
                taken++;
            }
            return stopped ? 0 : offered - next;
        }
    }

    /** Takes event {@link #next} from the file into {@code into}; false when it is not read yet. Holds the lock. */
    private boolean takeReadBack(List<Event> into) {
        if (!reading) {
            reading = true;
            backlog.start(next);
        }
        if (readBack.isEmpty()) {
            List<Event> batch = backlog.poll();
            if (batch == null) {
                if (backlog.failure().isPresent()) {
                    giveUp();
                }
                return false;
            }
            readBack.addAll(batch);
        }
        Event e = readBack.pollFirst();
        if (e.seq() != next) {
            throw new IllegalStateException("read back event " + e.seq() + " where " + next + " comes next");
        }
        into.add(e);
        return true;
    }

    /** The file cannot be read back: the view gets no more events, and they are counted. */
    private void giveUp() {
        stopped = true;
        notShown += offered - next;
        pending.clear();
        readBack.clear();
        backlog.stop();
    }

    /** Events held in memory for the view: waiting, read back, read ahead. */
    int held() {
        synchronized (pending) {
            return pending.size() + readBack.size() + backlog.held();
        }
    }

    /** True while the view reads back from the file. */
    boolean readingBack() {
        synchronized (pending) {
            return reading;
        }
    }

    /** Events the view will never get: the autosave left them out, or could not be read back. */
    long notShown() {
        synchronized (pending) {
            return notShown;
        }
    }

    /** The view stops draining for now: reading back stops, and starts again where it was at the next drain. */
    void pause() {
        synchronized (pending) {
            reading = false;
            readBack.clear();
            backlog.stop();
        }
    }
}
