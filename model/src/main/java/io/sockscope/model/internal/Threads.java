package io.sockscope.model.internal;

import io.sockscope.model.event.Event;
import java.io.IOException;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The engine's threads: one {@code sockscope-engine} thread for non-blocking work, and one
 * named daemon worker per thread name for calls in blocking mode. A worker command first
 * lets every engine-thread command submitted before it finish, so "listen, then accept"
 * keeps its order even when the two run on different threads.
 */
final class Threads {
    private static final System.Logger LOG = System.getLogger(Threads.class.getName());

    private volatile Thread engineThread;
    private final ExecutorService engine = Executors.newSingleThreadExecutor(r -> {
        engineThread = daemon(r, "sockscope-engine");
        return engineThread;
    });
    private final Map<String, Lane> workers = new ConcurrentHashMap<>();
    private final AtomicInteger engineQueued = new AtomicInteger();
    private volatile boolean stopped;
    private final Crash onCrash;
    private final Waiters waiters;

    /** Turns a crashed or rejected command into its outcome event. */
    interface Crash {
        Event fail(String socket, String call, Throwable e);
    }

    Threads(Crash onCrash, Waiters waiters) {
        this(onCrash, waiters, WORKER_IDLE_MS);
    }

    Threads(Crash onCrash, Waiters waiters, long workerIdleMs) {
        this.onCrash = onCrash;
        this.waiters = waiters;
        this.retirement = new Retire(TimeUnit.MILLISECONDS.toNanos(workerIdleMs));
    }

    /** A worker idle this long ends, releasing its thread and its selector; the next call for its name starts another. */
    static final long WORKER_IDLE_MS = 5_000;

    private final Lane.Retirement retirement;

    /** Ends idle workers: forgets them, then closes their private selector on their own thread. */
    private final class Retire implements Lane.Retirement {
        private final long idleNanos;

        Retire(long idleNanos) {
            this.idleNanos = idleNanos;
        }

        @Override
        public long idleNanos() {
            return idleNanos;
        }

        @Override
        public boolean retire(Lane lane) {
            return !stopped && workers.remove(lane.name(), lane);
        }

        @Override
        public void ended() {
            if (!stopped) {
                waiters.release();
            }
        }
    }

    CompletableFuture<Event> onEngine(String socket, String call, Supplier<Event> task) {
        CompletableFuture<Event> f = new CompletableFuture<>();
        engineQueued.incrementAndGet();
        try {
            engine.execute(() -> {
                try {
                    run(socket, call, task, f);
                } finally {
                    engineQueued.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            engineQueued.decrementAndGet();
            f.complete(onCrash.fail(socket, call, e));
        }
        return f;
    }

    /**
     * True when no command waits for or runs on the engine thread. A worker's first call
     * completes on the worker while the engine thread that handed it over may still be counting
     * it; until then calls keep their place behind it and take no turn.
     */
    boolean engineIdle() {
        return engineQueued.get() == 0;
    }

    CompletableFuture<Event> onWorker(String name, String socket, String call, Supplier<Event> task) {
        CompletableFuture<Event> f = new CompletableFuture<>();
        if (stopped) {
            f.complete(onCrash.fail(socket, call, new RejectedExecutionException("engine closed")));
            return f;
        }
        Lane.Job job = new WorkerJob(socket, call, task, f);
        try {
            Lane running = workers.get(name);
            if (running != null && engineQueued.get() == 0 && running.execute(job)) {
                return f;
            }
            // a new worker's private selector is opened on the engine thread, in submission
            // order, so it never takes a descriptor number between a user's close and open; and
            // a call behind earlier engine commands hands over after them, keeping its place
            viaEngine(() -> handOver(name, job));
        } catch (RejectedExecutionException e) {
            job.reject(e);
        }
        return f;
    }

    /**
     * A call for worker {@code name} that the calling thread runs itself when it may: the worker
     * is running, idle, with nothing queued, and no engine-thread command is pending (so the
     * call keeps its place, as {@link #onWorker} would give it), and the thread is not an engine
     * worker ({@link Turn}). A call that has to wait is finished by the worker. Otherwise, or
     * when the worker is busy, this is {@link #onWorker}.
     */
    CompletableFuture<Event> onWorkerOrHere(String name, String socket, String call, Supplier<Event> task) {
        Lane running = stopped || engineQueued.get() != 0 ? null : workers.get(name);
        Turn turn = running == null ? null : Turn.mine();
        if (turn != null && running.tryTurn()) {
            return runHere(running, turn, socket, call, task);
        }
        return onWorker(name, socket, call, task);
    }

    /** Runs {@code task} on this thread in {@code lane}'s turn; the rest of a call that has to wait goes to the worker. */
    private CompletableFuture<Event> runHere(Lane lane, Turn turn, String socket, String call, Supplier<Event> task) {
        CompletableFuture<Event> f = new CompletableFuture<>();
        Event e = turn.run(lane.name(), () -> outcome(socket, call, task));
        if (turn.rest() == null) {
            lane.endTurn(); // before completing: a callback's next call may take the next turn
            f.complete(e);
            return f;
        }
        Lane.Job rest = new WorkerJob(socket, call, turn.rest(), f);
        if (!lane.handOff(rest)) {
            rest.reject(new RejectedExecutionException("engine closed"));
        }
        return f;
    }

    /** On the engine thread: gives {@code job} to the worker {@code name}, starting one if none runs. */
    private void handOver(String name, Lane.Job job) {
        while (true) {
            boolean[] created = {false};
            Lane worker = workers.computeIfAbsent(name, n -> {
                created[0] = true;
                return new Lane(n, retirement);
            });
            if (created[0]) {
                startAndSubmit(worker, job);
                return;
            }
            try {
                if (worker.execute(job)) {
                    return;
                }
            } catch (RejectedExecutionException e) {
                job.reject(e);
                return;
            }
            // it retired between our look-up and the job: the next turn starts a new one
        }
    }

    /**
     * Ends worker {@code name} once the calls submitted to it so far have run, going through the
     * engine thread so that calls still being handed over reach the worker first. On an engine
     * that is closing there is nothing to do: every worker ends with it.
     */
    void endWorkerInOrder(String name) {
        try {
            viaEngine(() -> endWorker(name));
        } catch (RejectedExecutionException closing) {
            LOG.log(System.Logger.Level.DEBUG, "engine closing; worker " + name + " ends with it");
        }
    }

    private void endWorker(String name) {
        Lane worker = workers.get(name);
        if (worker != null) {
            worker.endWhenIdle();
        }
    }

    /** Number of worker threads running now (tests: per-connection workers end with their connection). */
    int workerCount() {
        return workers.size();
    }

    /**
     * Queues a hand-over on the engine thread, counted like any engine command, so a later
     * worker call from the same caller also goes through the engine thread and keeps its place.
     */
    private void viaEngine(Runnable handover) {
        engineQueued.incrementAndGet();
        try {
            engine.execute(() -> {
                try {
                    handover.run();
                } finally {
                    engineQueued.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            engineQueued.decrementAndGet();
            throw e;
        }
    }

    boolean isEngineThread() {
        return Thread.currentThread() == engineThread;
    }

    /** Runs {@code task} on the engine thread and waits for it (used by close). */
    void runOnEngineAndWait(Runnable task) {
        if (isEngineThread()) {
            task.run();
            return;
        }
        CompletableFuture<Void> done = CompletableFuture.runAsync(task, engine);
        try {
            done.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "engine close task did not finish", e);
        }
    }

    /** Stops all threads, waiting a little for running commands to end. */
    void shutdown() {
        stopped = true;
        engine.shutdown();
        List<Lane> lanes = new ArrayList<>(workers.values());
        for (Lane l : lanes) {
            l.stop();
        }
        try {
            for (Lane l : lanes) {
                if (!l.await(5_000)) {
                    LOG.log(System.Logger.Level.WARNING, "a worker did not end in time; interrupting it");
                    l.interrupt();
                }
            }
            if (!engine.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "the engine thread did not end in time; interrupting it");
                engine.shutdownNow();
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            engine.shutdownNow();
            lanes.forEach(Lane::interrupt);
        }
    }

    private void startAndSubmit(Lane worker, Lane.Job job) {
        Selector sel = null;
        try {
            sel = waiters.open();
        } catch (IOException | RuntimeException e) {
            // out of descriptors, typically: the worker tries again when it first waits, and that call fails if it still cannot
            LOG.log(System.Logger.Level.DEBUG, "could not open a worker selector ahead (" + e + "); the worker opens one when it first waits");
        }
        worker.start(sel);
        submitOrFail(worker, job);
    }

    private static void submitOrFail(Lane worker, Lane.Job job) {
        try {
            if (!worker.execute(job)) {
                job.reject(new RejectedExecutionException("worker ended before it started"));
            }
        } catch (RejectedExecutionException e) {
            job.reject(e);
        }
    }

    private void run(String socket, String call, Supplier<Event> task, CompletableFuture<Event> f) {
        f.complete(outcome(socket, call, task));
    }

    /** The task's outcome event; a crash becomes a failure event. */
    private Event outcome(String socket, String call, Supplier<Event> task) {
        try {
            return task.get();
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "engine command crashed", e);
            return onCrash.fail(socket, call, e);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * A call for a worker; completes its future with the outcome once the worker is free again,
     * or with a failure if rejected.
     */
    final class WorkerJob implements Lane.Job {
        private final String socket;
        private final String call;
        private final Supplier<Event> task;
        private final CompletableFuture<Event> f;
        private Event outcome;

        WorkerJob(String socket, String call, Supplier<Event> task, CompletableFuture<Event> f) {
            this.socket = socket;
            this.call = call;
            this.task = task;
            this.f = f;
        }

        @Override
        public void run() {
            outcome = outcome(socket, call, task);
        }

        @Override
        public void finished() {
            f.complete(outcome);
        }

        @Override
        public void reject(RejectedExecutionException e) {
            f.complete(onCrash.fail(socket, call, e));
        }
    }
}
