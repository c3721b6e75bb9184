package io.sockscope.app.ui;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import io.sockscope.sessions.store.SessionStore;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A session's store as a list that any thread may read (the store is): what it holds now, with
 * captions in the reader's language. The diagram reads an older part of a live session through
 * it off the FX thread.
 */
final class StoreView extends AbstractList<Event> implements RandomAccess {
    private final SessionStore store;
    private final Supplier<Language> language;

    StoreView(SessionStore store, Supplier<Language> language) {
        this.store = Objects.requireNonNull(store, "store");
        this.language = Objects.requireNonNull(language, "language");
    }

    @Override
    public Event get(int index) {
        return inLanguage(store.get(index));
    }

    @Override
    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, store.size());
    }

    /** Read in one go from the store. */
    @Override
    public List<Event> subList(int from, int to) {
        Objects.checkFromToIndex(from, to, size());
        return store.read(from, to - from).stream().map(this::inLanguage).toList();
    }

    private Event inLanguage(Event e) {
        return e instanceof Note n ? n.inLanguage(language.get().tag()) : e;
    }
}
