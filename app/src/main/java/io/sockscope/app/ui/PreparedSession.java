package io.sockscope.app.ui;

import io.sockscope.app.diagram.layout.SessionFold;
import io.sockscope.model.event.Accept;
import io.sockscope.model.event.Event;
import io.sockscope.model.event.EventType;
import io.sockscope.model.event.Note;
import io.sockscope.model.event.Open;
import io.sockscope.model.event.Proto;
import io.sockscope.sessions.store.SessionStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;

/**
 * What the window needs of a session it opens from a file, worked out on the loading thread
 * in one pass over its events: the diagram's fold, the event list's filter choices (every
 * socket id, every event type), the sockets the status bar counts (not selectors) and the step
 * captions. The FX
 * thread then only takes them; it never reads a big session through from its file.
 */
public record PreparedSession(SessionStore store, SessionFold fold, Set<String> sockets, Set<EventType> types,
                              Set<String> counted, List<Note> steps) {
    /** Events read per batch. */
    private static final int BATCH = 4096;

    public PreparedSession {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(fold, "fold");
        sockets = Collections.unmodifiableSet(sockets);
        types = Collections.unmodifiableSet(types);
        counted = Collections.unmodifiableSet(counted);
        steps = List.copyOf(steps);
    }

    /** Folds every event of {@code store}, telling {@code done} how many so far; stops early when interrupted. */
    static PreparedSession of(SessionStore store, LongConsumer done) throws InterruptedException {
        long n = store.size();
        // folding reads no caption text: the window points the fold at its own list (notes in its language) when it takes it
        Folding f = new Folding(SessionFold.reading(new StoreView(store, () -> Language.EN)), false);
        for (long from = 0; from < n; from += BATCH) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("opening cancelled");
            }
            f.addAll(store.read(from, (int) Math.min(BATCH, n - from)));
            done.accept(from + Math.min(BATCH, n - from));
        }
        return f.finish(store);
    }

    /**
     * Works a session out from its events as they are read from the file, in the same pass
     * that checks and indexes it ({@link #acceptAll} them in order, then {@link #finish} with the
     * store they went into): the file is read through once, not twice.
     */
    static final class Folding {
        private final SessionFold fold;
        /** True when the events are still to go into the store (the fold reads them back from it once named). */
        private final boolean later;
        private final Set<String> sockets = new LinkedHashSet<>();
        private final Set<EventType> types = new TreeSet<>();
        private final Set<String> counted = new LinkedHashSet<>();
        private final List<Note> steps = new ArrayList<>();
        private long count;

        /** For events still to be read: the fold reads them back from the store named at {@link #finish}. */
        Folding() {
            this(SessionFold.readingLater(), true);
        }

        private Folding(SessionFold fold, boolean later) {
            this.fold = fold;
            this.later = later;
        }

        /**
         * Takes the next events, in order; throws {@link java.util.concurrent.CancellationException}
         * when the thread was interrupted.
         */
        void acceptAll(List<Event> events) {
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("opening cancelled");
            }
            addAll(events);
        }

        /** Events taken so far. */
        long count() {
            return count;
        }

        private void addAll(List<Event> events) {
            for (Event e : events) {
                if (e.socket() != null) {
                    sockets.add(e.socket());
                }
                if (e instanceof Accept a) {
                    sockets.add(a.child());
                    counted.add(a.child());
                } else if (e instanceof Open o && o.proto() != Proto.SELECTOR) {
                    counted.add(o.socket());
                } else if (e instanceof Note note && note.step() > 0) {
                    steps.add(note);
                }
                types.add(e.type());
            }
            fold.append(events);
            count += events.size();
        }

        /**
         * The session, once {@code store} holds every event taken, each at its index; null when
         * it does not (the fold cannot read its events back from it).
         */
        PreparedSession finish(SessionStore store) {
            fold.end();
            if (later && (count != store.size() || !fold.readFrom(new StoreView(store, () -> Language.EN)))) {
                return null;
            }
            return new PreparedSession(store, fold, sockets, types, counted, steps);
        }
    }
}
