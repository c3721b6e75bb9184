package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.sessions.store.MemoryStore;
import io.sockscope.sessions.store.SessionStore;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * The open session's events as an observable list that holds none of them: {@code get(i)} reads
 * event {@code i} from the session's store (a file store keeps a few pages in memory). Changes
 * are fired on the FX thread: a new store as "all removed, all added", growth as an addition.
 */
final class StoreEventList extends ObservableListBase<Event> {
    private SessionStore store = new MemoryStore();
    /** The size the listeners know of; the store may already hold more. */
    private int size;

    /** Shows another store: listeners see every event removed, then (at {@code between}) the new ones added. */
    void setStore(SessionStore next, Runnable between) {
        Objects.requireNonNull(next, "next");
        if (size > 0) {
            // fired as it is, not through the change builder: the builder copies every removed
            // element, which would read the whole old session back on the FX thread
            Cleared gone = new Cleared(this, new Window(store, size));
            size = 0;
            store = next;
            fireChange(gone);
        }
        store = next;
        between.run();
        grown();
    }

    SessionStore store() {
        return store;
    }

    /** Tells listeners of the events the store gained since they last heard. */
    void grown() {
        int now = (int) Math.min(Integer.MAX_VALUE, store.size());
        if (now > size) {
            int from = size;
            size = now;
            beginChange();
            nextAdd(from, now);
            endChange();
        }
    }

    @Override
    public Event get(int index) {
        Objects.checkIndex(index, size);
        return store.get(index);
    }

    @Override
    public int size() {
        return size;
    }

    /** Every event removed at once; the removed ones are read from the old store only if a listener asks for them. */
    private static final class Cleared extends ListChangeListener.Change<Event> {
        private final List<Event> removed;
        private boolean at;

        Cleared(ObservableList<Event> list, List<Event> removed) {
            super(list);
            this.removed = removed;
        }

        @Override
        public boolean next() {
            boolean first = !at;
            at = true;
            return first;
        }

        @Override
        public void reset() {
            at = false;
        }

        @Override
        public int getFrom() {
            return 0;
        }

        @Override
        public int getTo() {
            return 0;
        }

        @Override
        public List<Event> getRemoved() {
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            return new int[0];
        }
    }

    /** The first {@code n} events of a store, as a list view (what a removal reports). */
    private static final class Window extends AbstractList<Event> {
        private final SessionStore store;
        private final int n;

        Window(SessionStore store, int n) {
            this.store = store;
            this.n = n;
        }

        @Override
        public Event get(int index) {
            Objects.checkIndex(index, n);
            return store.get(index);
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public List<Event> subList(int from, int to) {
            return store.read(from, to - from);
        }
    }
}
