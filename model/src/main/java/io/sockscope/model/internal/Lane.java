package io.sockscope.model.internal;

import java.nio.channels.Selector;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
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
 */
final class Lane {
    /** A job, told when it will never run. */
    interface Job extends Runnable {
        void reject(RejectedExecutionException e);
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

    private final ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>();
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
        queue.add(job);
        if (parked) {
            LockSupport.unpark(thread);
        }
        if (ended && queue.remove(job)) {
            if (retired) {
                return false;
            }
            throw new RejectedExecutionException("engine closed");
        }
        return true;
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
            while (true) {
                Job job = queue.poll();
                if (job != null) {
                    job.run();
                    idleSince = 0;
                } else if (stopping) {
                    break;
                } else if ((endWhenIdle || idleSince != 0 && System.nanoTime() - idleSince >= retirement.idleNanos())
                        && retirement.retire(this)) {
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

    private void runQueued() {
        Job late;
        while ((late = queue.poll()) != null) {
            late.run();
        }
    }

    private void rejectQueued() {
        Job late;
        while ((late = queue.poll()) != null) {
            late.reject(new RejectedExecutionException("engine closed"));
        }
    }

    private void idle(long maxNanos) {
        parked = true;
        if (queue.isEmpty() && !stopping) {
            if (maxNanos == Long.MAX_VALUE) {
                LockSupport.park(this);
            } else {
                LockSupport.parkNanos(this, maxNanos);
            }
        }
        parked = false;
    }
}
