package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.sessions.store.MemoryStore;
import io.sockscope.sessions.store.SessionStore;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
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
            SessionStore old = store;
            int n = size;
            beginChange();
            nextRemove(0, new Window(old, n));
            size = 0;
            store = next;
            endChange();
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
