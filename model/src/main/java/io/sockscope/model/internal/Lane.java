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
 */
final class Lane {
    /** A job, told when it will never run. */
    interface Job extends Runnable {
        void reject(RejectedExecutionException e);
    }

    private final ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>();
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
        this.thread = new Worker(this::loop, name);
    }

    /** Gives the worker its private selector; call before the first job is queued. */
    void start(Selector selector) {
        thread.selector = selector;
        started = true;
        thread.start();
    }

    void execute(Job job) {
        if (stopping) {
            throw new RejectedExecutionException("engine closed");
        }
        queue.add(job);
        if (parked) {
            LockSupport.unpark(thread);
        }
        if (ended && queue.remove(job)) {
            throw new RejectedExecutionException("engine closed");
        }
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
        try {
            while (true) {
                Job job = queue.poll();
                if (job != null) {
                    job.run();
                } else if (stopping) {
                    break;
                } else {
                    idle();
                }
            }
        } finally {
            ended = true;
            rejectQueued();
        }
    }

    private void rejectQueued() {
        Job late;
        while ((late = queue.poll()) != null) {
            late.reject(new RejectedExecutionException("engine closed"));
        }
    }

    private void idle() {
        parked = true;
        if (queue.isEmpty() && !stopping) {
            LockSupport.park(this);
        }
        parked = false;
    }
}
