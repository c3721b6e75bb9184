package io.sockscope.model.engine;

import io.sockscope.model.event.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Test helper: records every delivered event and waits for conditions with a deadline. */
public final class Recorder implements Consumer<Event> {
    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void accept(Event e) {
        events.add(e);
        notifyAll();
    }

    public synchronized List<Event> events() {
        return new ArrayList<>(events);
    }

    /** Waits until an event matching {@code p} was delivered; returns it. */
    public synchronized Event await(Predicate<Event> p, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            for (Event e : events) {
                if (p.test(e)) {
                    return e;
                }
            }
            long left = end - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching event within " + within + "; got " + events);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    @SuppressWarnings("unchecked")
    public static <E extends Event> E get(CompletableFuture<Event> f, Class<E> type) throws Exception {
        Event e = f.get(10, TimeUnit.SECONDS);
        if (!type.isInstance(e)) {
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + e);
        }
        return (E) e;
    }
}
