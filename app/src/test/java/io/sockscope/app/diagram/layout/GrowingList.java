package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Event;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * The first {@link #grow} events of a session: a live store that grows batch by batch, which a
 * live fold reads its events back from (as the window's fold reads the store's) instead of
 * copying them.
 */
public final class GrowingList extends AbstractList<Event> {
    private final List<Event> session;
    private int size;

    public GrowingList(List<Event> session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** Holds the session's first {@code n} events from now on; returns those new. */
    public List<Event> grow(int n) {
        int from = size;
        size = Math.min(n, session.size());
        return subList(from, size);
    }

    @Override
    public Event get(int i) {
        Objects.checkIndex(i, size);
        return session.get(i);
    }

    @Override
    public int size() {
        return size;
    }
}
