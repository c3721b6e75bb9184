package io.sockscope.sessions.store;

import io.sockscope.model.event.Event;
import io.sockscope.model.source.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/** A store in memory: every event held, appended in seq order. Thread-safe. */
public final class MemoryStore implements SessionStore {
    private final ArrayList<Event> events = new ArrayList<>();
    private final Listeners listeners = new Listeners();

    public MemoryStore() {
    }

    /** A store holding {@code events} (numbered from 0 by seq). */
    public MemoryStore(List<? extends Event> events) {
        append(events);
    }

    /** Adds events at the end; each must carry the next seq. Listeners hear the new size. */
    public void append(List<? extends Event> batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            return;
        }
        long size;
        synchronized (this) {
            for (Event e : batch) {
                if (e.seq() != events.size()) {
                    throw new IllegalArgumentException("event seq " + e.seq() + " where " + events.size() + " comes next");
                }
                events.add(e);
            }
            size = events.size();
        }
        listeners.grown(size);
    }

    @Override
    public synchronized long size() {
        return events.size();
    }

    @Override
    public synchronized List<Event> read(long from, int count) {
        if (from < 0 || from > events.size()) {
            throw new IndexOutOfBoundsException("from " + from + " is outside 0.." + events.size());
        }
        int end = (int) Math.min(events.size(), from + Math.max(0, count));
        return List.copyOf(events.subList((int) from, end));
    }

    @Override
    public synchronized Event get(long seq) {
        return events.get(Math.toIntExact(seq));
    }

    @Override
    public Subscription onGrowth(LongConsumer listener) {
        return listeners.add(listener);
    }
}
