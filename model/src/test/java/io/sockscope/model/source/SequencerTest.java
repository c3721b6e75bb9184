package io.sockscope.model.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class SequencerTest {

    private static Stamp note(String text) {
        return (seq, t) -> new Note(seq, t, text, "", 0);
    }

    /** A subscriber that holds the delivery thread on the first event until released, keeping what it saw. */
    private static final class HeldSubscriber {
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch holding = new CountDownLatch(1);
        final List<Long> seen = new CopyOnWriteArrayList<>();

        void accept(Event e) {
            seen.add(e.seq());
            if (e.seq() == 0) {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException x) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(x);
                }
            }
        }
    }

    /** A sequencer with a held subscriber, and a thread emitting {@code n} events into it, counting each emit that returned. */
    private record Run(Sequencer s, HeldSubscriber sub, Thread emitter, AtomicInteger emitted) {
        static Run start(int capacity, long stallMs, int n) {
            Sequencer s = new Sequencer(new ReentrantLock(), capacity, stallMs);
            HeldSubscriber sub = new HeldSubscriber();
            s.subscribe(sub::accept);
            AtomicInteger emitted = new AtomicInteger();
            Thread t = new Thread(() -> {
                for (int i = 0; i < n; i++) {
                    s.emit(note("event " + i));
                    emitted.incrementAndGet();
                }
            }, "test-emitter");
            t.start();
            return new Run(s, sub, t, emitted);
        }
    }

    @Test
    void aSlowSubscriberHoldsTheSourceBackAtTheBoundAndLosesNothing() throws Exception {
        Run run = Run.start(4, 60_000, 10);
        Sequencer s = run.s();
        HeldSubscriber sub = run.sub();
        Thread emitter = run.emitter();
        AtomicInteger emitted = run.emitted();
        assertTrue(sub.holding.await(10, TimeUnit.SECONDS));
        // one event in the subscriber's hands, four waiting: the emit after them waits for room
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (emitted.get() < 5 && System.nanoTime() < end) {
            Thread.onSpinWait();
        }
        emitter.join(300);
        assertTrue(emitter.isAlive(), "the source must not go on while the queue is full");
        assertEquals(5, emitted.get());

        sub.release.countDown();
        emitter.join(10_000);
        assertFalse(emitter.isAlive());
        s.drainAndStop();
        assertEquals(LongStream.range(0, 10).boxed().toList(), sub.seen);
        assertEquals(0, s.overflows());
    }

    @Test
    void aStuckDeliveryThreadLetsTheSourceGoOnOverTheBound() throws Exception {
        Run run = Run.start(2, 200, 6);
        run.emitter().join(10_000);
        assertFalse(run.emitter().isAlive(), "a subscriber that never returns does not stop the source for good");
        assertEquals(3, run.s().overflows(), "events 3, 4 and 5 went over the bound of 2 waiting");

        run.sub().release.countDown();
        run.s().drainAndStop();
        assertEquals(LongStream.range(0, 6).boxed().toList(), run.sub().seen);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Sequencer(new ReentrantLock(), 0, 1_000));
    }
}
