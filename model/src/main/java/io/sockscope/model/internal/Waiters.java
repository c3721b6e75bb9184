package io.sockscope.model.internal;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** One private selector per worker thread, used to wait the way a blocking call would. */
final class Waiters {
    private static final System.Logger LOG = System.getLogger(Waiters.class.getName());
    private final ThreadLocal<Selector> mine = new ThreadLocal<>();
    private final List<Selector> all = new CopyOnWriteArrayList<>();

    /** The calling worker's selector: the one its lane was given, else one opened now. */
    Selector current() throws IOException {
        if (Thread.currentThread() instanceof Lane.Worker w) {
            Selector given = w.selector;
            if (given != null && given.isOpen()) {
                return given;
            }
        }
        Selector s = mine.get();
        if (s == null || !s.isOpen()) {
            s = open();
            mine.set(s);
        }
        return s;
    }

    /** Opens a worker selector (closed by {@link #closeAll}). */
    Selector open() throws IOException {
        Selector s = Selector.open();
        all.add(s);
        return s;
    }

    /** Closes the calling worker's selectors (its lane's and any it opened itself): the worker is ending. */
    void release() {
        if (Thread.currentThread() instanceof Lane.Worker w && w.selector != null) {
            close(w.selector);
            w.selector = null;
        }
        Selector own = mine.get();
        if (own != null) {
            close(own);
            mine.remove();
        }
    }

    private void close(Selector s) {
        all.remove(s);
        try {
            s.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "closing a worker selector failed", e);
        }
    }

    void closeAll() {
        for (Selector s : all) {
            try {
                s.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "closing a worker selector failed", e);
            }
        }
        all.clear();
    }
}
