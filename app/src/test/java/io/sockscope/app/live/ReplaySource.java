package io.sockscope.app.live;

import io.sockscope.model.event.Event;
import io.sockscope.model.source.EventSource;
import io.sockscope.model.source.Sequencer;
import io.sockscope.model.source.Subscription;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * An event source that is not the engine: it replays a recorded session's events through a
 * {@link Sequencer} of its own (new seq and t, every other field as recorded), on its own
 * thread, once {@link #start} is called. What a tracer of another program would look like to the
 * live window.
 */
final class ReplaySource implements EventSource {
    private final Sequencer sequencer = new Sequencer();
    private final List<Event> events;
    private final CountDownLatch emitted = new CountDownLatch(1);
    private volatile Thread thread;

    ReplaySource(List<Event> events) {
        this.events = List.copyOf(events);
    }

    @Override
    public Subscription subscribe(Consumer<? super Event> listener) {
        return sequencer.subscribe(Objects.requireNonNull(listener, "listener"));
    }

    /** Emits every event, in order, on a thread of its own. */
    void start() {
        Thread t = new Thread(() -> {
            for (Event e : events) {
                sequencer.emit((seq, time) -> restamp(e, seq, time));
            }
            emitted.countDown();
        }, "replay-source");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** Waits for the replay to finish emitting, then delivers what is queued and stops. */
    @Override
    public void close() {
        if (thread != null) {
            try {
                emitted.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sequencer.drainAndStop();
    }

    /** {@code e} with another seq and t (the first two components of every event record). */
    static Event restamp(Event e, long seq, long t) {
        RecordComponent[] rc = e.getClass().getRecordComponents();
        Object[] args = new Object[rc.length];
        Class<?>[] types = new Class<?>[rc.length];
        try {
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                args[i] = rc[i].getAccessor().invoke(e);
            }
            args[0] = seq;
            args[1] = t;
            Constructor<?> c = e.getClass().getDeclaredConstructor(types);
            return (Event) c.newInstance(args);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("cannot restamp " + e, ex);
        }
    }
}
