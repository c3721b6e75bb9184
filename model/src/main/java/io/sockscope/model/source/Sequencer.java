package io.sockscope.model.source;

import io.sockscope.model.event.Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Numbers events and hands them to subscribers.
 *
 * <p>{@link #emit} runs under a lock (the source's own, e.g. the engine lock, or one made here),
 * so {@code seq} and {@code t} follow the order in which the source emitted. Delivery runs on one thread ({@code sockscope-delivery}) fed
 * by a queue, so subscriber code never runs under the lock. While events flow the
 * delivery thread polls the queue every millisecond, so emitting costs no thread wake-up; after
 * a quiet spell it sleeps until the next event wakes it.
 *
 * <p>The queue is bounded: when {@link #capacity()} events wait, {@code emit} waits (holding the
 * source's lock, so the whole source pauses) until the subscribers have taken one. A delivery
 * thread that takes nothing for {@link #STALL_MS} (by default) while the queue is full is taken for stuck (a
 * subscriber waiting on the source itself would otherwise never return), and that one event is
 * queued over the bound; {@link #overflows()} counts them. An event emitted by a subscriber
 * (on the delivery thread) never waits.
 */
public final class Sequencer {
    private static final System.Logger LOG = System.getLogger(Sequencer.class.getName());
    private static final Object END = new Object();

    private final ReentrantLock lock;
    private final long start = System.nanoTime();
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final int POLLS_BEFORE_SLEEP = 200;
    /** How long a full queue may see no delivery before {@code emit} stops waiting for room. */
    public static final long STALL_MS = 1_000;
    /** Events that may wait for delivery at once, by default. */
    public static final int DEFAULT_CAPACITY = 65_536;
    private static final long ROOM_POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    private final ConcurrentLinkedQueue<Object> queue = new ConcurrentLinkedQueue<>();
    private final int capacity;
    private final long stallNanos;
    private final AtomicInteger waiting = new AtomicInteger();
    /** Events taken off the queue so far; written by the delivery thread only. */
    private volatile long taken;
    private final AtomicLong overflows = new AtomicLong();
    private volatile boolean sleeping;
    private final List<Sub> subs = new CopyOnWriteArrayList<>();
    private final Thread delivery;
    private long nextSeq;
    private long lastT;

    /** A sequencer with a lock of its own: for a source whose events need no other ordering. */
    public Sequencer() {
        this(new ReentrantLock());
    }

    /**
     * A sequencer numbering under {@code lock}, for a source that must make a call and number
     * its event in one critical section (the engine holds the lock across each system call).
     */
    public Sequencer(ReentrantLock lock) {
        this(lock, DEFAULT_CAPACITY, STALL_MS);
    }

    /**
     * As {@link #Sequencer(ReentrantLock)}, with at most {@code capacity} events waiting for
     * delivery, and a delivery thread taken for stuck after {@code stallMs} without progress.
     */
    Sequencer(ReentrantLock lock, int capacity, long stallMs) {
        if (capacity < 1 || stallMs < 1) {
            throw new IllegalArgumentException("capacity and stall must be positive: " + capacity + ", " + stallMs);
        }
        this.lock = lock;
        this.capacity = capacity;
        this.stallNanos = TimeUnit.MILLISECONDS.toNanos(stallMs);
        this.delivery = new Thread(this::deliver, "sockscope-delivery");
        delivery.setDaemon(true);
        delivery.start();
    }

    /** Stamps and queues one event; the caller may hold the sequencer's lock (it is reentrant). */
    public Event emit(Stamp stamp) {
        lock.lock();
        try {
            long t = Math.max(lastT, System.nanoTime() - start);
            lastT = t;
            Event e = stamp.make(nextSeq++, t);
            awaitRoom();
            waiting.incrementAndGet();
            queue.add(e);
            if (sleeping) {
                LockSupport.unpark(delivery);
            }
            return e;
        } finally {
            lock.unlock();
        }
    }

    /** Events that may wait for delivery before {@code emit} waits. */
    public int capacity() {
        return capacity;
    }

    /** Events queued over the bound because the delivery thread took nothing for {@link #STALL_MS}. */
    public long overflows() {
        return overflows.get();
    }

    private void awaitRoom() {
        if (waiting.get() < capacity || Thread.currentThread() == delivery) {
            return;
        }
        long seen = taken;
        long since = System.nanoTime();
        while (waiting.get() >= capacity && !Thread.currentThread().isInterrupted()) {
            if (sleeping) {
                LockSupport.unpark(delivery);
            }
            LockSupport.parkNanos(ROOM_POLL_NANOS);
            long now = taken;
            if (now != seen) {
                seen = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since > stallNanos) {
                if (overflows.getAndIncrement() == 0) {
                    LOG.log(System.Logger.Level.WARNING, "event delivery took nothing for "
                            + TimeUnit.NANOSECONDS.toMillis(stallNanos) + " ms with " + capacity
                            + " events waiting; queueing over the bound");
                }
                return;
            }
        }
    }

    /** Delivers every event emitted after this call, once, in order. */
    public Subscription subscribe(Consumer<? super Event> listener) {
        lock.lock();
        try {
            Sub sub = new Sub(listener, nextSeq);
            subs.add(sub);
            return () -> {
                sub.active = false;
                subs.remove(sub);
            };
        } finally {
            lock.unlock();
        }
    }

    /** Delivers everything queued so far, then stops the delivery thread. */
    public void drainAndStop() {
        queue.add(END);
        LockSupport.unpark(delivery);
        if (Thread.currentThread() == delivery) {
            return;
        }
        try {
            delivery.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(System.Logger.Level.WARNING, "interrupted while draining events", e);
        }
    }

    private void deliver() {
        int idle = 0;
        while (true) {
            Object o = queue.poll();
            if (o == null) {
                if (++idle < POLLS_BEFORE_SLEEP) {
                    LockSupport.parkNanos(POLL_NANOS);
                } else {
                    sleeping = true;
                    if (queue.isEmpty()) {
                        LockSupport.park(this);
                    }
                    sleeping = false;
                }
                continue;
            }
            idle = 0;
            if (o == END) {
                return;
            }
            Event e = (Event) o;
            waiting.decrementAndGet();
            for (Sub sub : subs) {
                if (sub.active && e.seq() >= sub.from) {
                    try {
                        sub.listener.accept(e);
                    } catch (RuntimeException ex) {
                        LOG.log(System.Logger.Level.WARNING, "subscriber failed on event " + e.seq(), ex);
                    }
                }
            }
            taken++;
        }
    }

    private static final class Sub {
        final Consumer<? super Event> listener;
        final long from;
        volatile boolean active = true;

        Sub(Consumer<? super Event> listener, long from) {
            this.listener = listener;
            this.from = from;
        }
    }
}
