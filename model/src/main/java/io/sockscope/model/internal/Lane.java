package io.sockscope.model.internal;

import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One named worker thread running jobs in submission order, fed by a lock-free queue; the
 * thread parks when the queue is empty and a submitter unparks it only then (a busy worker
 * costs its callers no lock and no wake-up). Spinning before parking was measured and did not
 * pay on this two-core machine: the spinner takes the core the caller needs. The thread
 * carries the worker's private selector, opened before the first job (see {@link Threads}).
 *
 * <p>A lane given a {@link Retirement} ends after it has been idle that long and its owner
 * agrees (the owner forgets it, so the next job for the name starts a new lane): a connection
 * served by its own thread leaves no thread and no selector behind once it is done. A job
 * that races with the retirement is either run by the lane or refused with {@code false}
 * from {@link #execute}, never lost.
 *
 * <p>While the lane is idle with nothing queued, a submitting thread may take a <em>turn</em>
 * ({@link #tryTurn}) and run a call itself in the worker's place: jobs queued meanwhile wait
 * until the turn ends ({@link #endTurn}), or until the caller hands the rest of its call to the
 * worker ({@link #handOff}), which runs it before them. So the lane still runs one call at a
 * time, in submission order.
 */
final class Lane {
    /** A job, told when it will never run. */
    interface Job extends Runnable {
        void reject(RejectedExecutionException e);

        /**
         * Called after {@link #run} once the lane counts the job as finished, so whoever learns of
         * its end here (a caller awaiting it) finds the lane free for a turn.
         */
        default void finished() {
        }
    }

    /** When and how an idle lane ends. */
    interface Retirement {
        /** Idle time after which the lane asks to end. */
        long idleNanos();

        /** Asked on the lane's thread once it has been idle long enough; true lets it end (the owner forgot it). */
        boolean retire(Lane lane);

        /** Called on the lane's thread after it ended for good (release its selector). */
        void ended();
    }

    /** Never ends on its own. */
    private static final Retirement NEVER = new Retirement() {
        @Override
        public long idleNanos() {
            return Long.MAX_VALUE;
        }

        @Override
        public boolean retire(Lane lane) {
            return false;
        }

        @Override
        public void ended() {
        }
    };

    /** In {@link #load} while a caller runs a call on its own thread. */
    private static final int TURN = 1 << 30;
    /** In {@link #load} once the worker is retiring: no more turns. */
    private static final int RETIRING = 1 << 29;

    private final ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>();
    /** Jobs queued or running on the worker, plus {@link #TURN} or {@link #RETIRING}. */
    private final AtomicInteger load = new AtomicInteger();
    /** The rest of a turn's call that has to wait: the worker runs it before anything queued. */
    private final AtomicReference<Job> handed = new AtomicReference<>();
    /** When the last turn ended: turns keep the lane in use, so it does not retire under them. */
    private volatile long turnEnded;
    private final Retirement retirement;
    private volatile boolean retired;
    /** Asked to end as soon as its queue is empty (its owner has no more use for it). */
    private volatile boolean endWhenIdle;
    private final Worker thread;
    private volatile boolean parked;
    private volatile boolean started;
    private volatile boolean stopping;
    private volatile boolean ended;

    /** The worker's thread: blocking calls wait in {@link #selector}. */
    static final class Worker extends Thread {
        volatile Selector selector;

        Worker(Runnable body, String name) {
            super(body, name);
            setDaemon(true);
        }
    }

    Lane(String name) {
        this(name, NEVER);
    }

    Lane(String name, Retirement retirement) {
        this.thread = new Worker(this::loop, name);
        this.retirement = retirement;
        this.turnEnded = System.nanoTime();
    }

    String name() {
        return thread.getName();
    }

    /** Gives the worker its private selector; call before the first job is queued. */
    void start(Selector selector) {
        thread.selector = selector;
        started = true;
        thread.start();
    }

    /**
     * Queues {@code job}; false when the lane retired meanwhile (the job is not queued: give it
     * to a new lane). Throws when the engine is closing.
     */
    boolean execute(Job job) {
        if (stopping) {
            throw new RejectedExecutionException("engine closed");
        }
        load.incrementAndGet();
        queue.add(job);
        if (parked) {
            LockSupport.unpark(thread);
        }
        if (ended && queue.remove(job)) {
            load.decrementAndGet();
            if (retired) {
                return false;
            }
            throw new RejectedExecutionException("engine closed");
        }
        return true;
    }

    /**
     * Takes the lane's turn for a call the caller runs on its own thread: true when nothing is
     * queued or running and the lane is not ending. Then call {@link #endTurn} or {@link #handOff}.
     */
    boolean tryTurn() {
        return !stopping && load.compareAndSet(0, TURN);
    }

    /** The caller's call is done: the worker may run what was queued meanwhile. */
    void endTurn() {
        turnEnded = System.nanoTime();
        if ((load.addAndGet(-TURN) != 0 || endWhenIdle || stopping) && parked) {
            LockSupport.unpark(thread);
        }
    }

    /**
     * The caller's call has to wait: the worker runs {@code rest} next, before anything queued
     * during the turn, which ends. A worker asked to stop waits for the turn to end or hand
     * off, so this is false only when the worker has ended anyway (it never started, or the
     * engine gave up waiting and interrupted it): {@code rest} was not taken.
     */
    boolean handOff(Job rest) {
        handed.set(rest);
        load.addAndGet(1 - TURN);
        LockSupport.unpark(thread);
        return !(ended && handed.compareAndSet(rest, null));
    }

    /** Ends the lane once the jobs queued so far have run, as if it had been idle long enough. */
    void endWhenIdle() {
        endWhenIdle = true;
        LockSupport.unpark(thread);
    }

    /** Runs what is queued, then ends (like an executor's shutdown). */
    void stop() {
        stopping = true;
        if (!started) {
            ended = true;
            rejectQueued(); // never started (the engine closed first): nothing will run these
        }
        LockSupport.unpark(thread);
    }

    /** Waits for the thread to end; false on timeout. */
    boolean await(long ms) throws InterruptedException {
        if (thread.isAlive()) {
            thread.join(ms);
        }
        return !thread.isAlive();
    }

    /** Interrupts a running job (a waiting call ends with CLOSED). */
    void interrupt() {
        thread.interrupt();
    }

    private void loop() {
        boolean retiring = false;
        try {
            long idleSince = 0;
            Job held = null; // polled during a turn: runs once the turn's call is done
            while (true) {
                Job job = handed.getAndSet(null);
                if (job == null) {
                    job = held != null ? held : queue.poll();
                    held = null;
                    if (job != null && (load.get() & TURN) != 0) {
                        held = job;
                        awaitTurn();
                        continue;
                    }
                }
                if (job != null) {
                    job.run();
                    load.decrementAndGet();
                    job.finished();
                    idleSince = 0;
                } else if (stopping && (load.get() & TURN) != 0 && !Thread.currentThread().isInterrupted()) {
                    // a caller's call in flight may still hand its wait over: the worker finishes it
                    // (its block then gets its wake); an interrupt (the engine gave up waiting) ends this
                    awaitTurn();
                } else if (stopping) {
                    break;
                } else if ((endWhenIdle || idleSince != 0 && idleLongEnough(idleSince)) && tryRetire()) {
                    retiring = true;
                    break;
                } else {
                    if (idleSince == 0) {
                        idleSince = System.nanoTime();
                    }
                    idle(retirement.idleNanos());
                }
            }
        } finally {
            retired = retiring;
            ended = true;
            if (retiring) {
                runQueued(); // jobs queued before the lane ended were accepted: they still run
            } else {
                rejectQueued();
            }
            retirement.ended();
        }
    }

    private boolean idleLongEnough(long idleSince) {
        long lastUse = turnEnded - idleSince > 0 ? turnEnded : idleSince;
        return System.nanoTime() - lastUse >= retirement.idleNanos();
    }

    /** Retires unless a caller holds a turn or a job came; true when the owner let the lane end. */
    private boolean tryRetire() {
        if (!load.compareAndSet(0, RETIRING)) {
            return false;
        }
        if (retirement.retire(this)) {
            return true;
        }
        load.addAndGet(-RETIRING);
        return false;
    }

    /** Parks until the caller holding the turn ends it or hands its call over. */
    private void awaitTurn() {
        parked = true;
        if ((load.get() & TURN) != 0 && handed.get() == null) {
            LockSupport.park(this);
        }
        parked = false;
    }

    private void runQueued() {
        Job late = handed.getAndSet(null);
        if (late != null) {
            late.run();
            late.finished();
        }
        while ((late = queue.poll()) != null) {
            late.run();
            late.finished();
        }
    }

    private void rejectQueued() {
        Job late = handed.getAndSet(null);
        if (late != null) {
            late.reject(new RejectedExecutionException("engine closed"));
        }
        while ((late = queue.poll()) != null) {
            late.reject(new RejectedExecutionException("engine closed"));
        }
    }

    private void idle(long maxNanos) {
        parked = true;
        if (queue.isEmpty() && handed.get() == null && !stopping) {
            if (maxNanos == Long.MAX_VALUE) {
                LockSupport.park(this);
            } else {
                LockSupport.parkNanos(this, maxNanos);
            }
        }
        parked = false;
    }
}
