package io.sockscope.model.internal;

import io.sockscope.model.event.Event;
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
    private final Map<String, ExecutorService> workers = new ConcurrentHashMap<>();
    private final AtomicInteger engineQueued = new AtomicInteger();
    private volatile boolean stopped;
    private final Crash onCrash;

    /** Turns a crashed or rejected command into its outcome event. */
    interface Crash {
        Event fail(String socket, String call, Throwable e);
    }

    Threads(Crash onCrash) {
        this.onCrash = onCrash;
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

    CompletableFuture<Event> onWorker(String name, String socket, String call, Supplier<Event> task) {
        CompletableFuture<Event> f = new CompletableFuture<>();
        if (stopped) {
            f.complete(onCrash.fail(socket, call, new RejectedExecutionException("engine closed")));
            return f;
        }
        ExecutorService worker = workers.computeIfAbsent(name,
                n -> Executors.newSingleThreadExecutor(r -> daemon(r, n)));
        Runnable job = () -> run(socket, call, task, f);
        try {
            if (engineQueued.get() == 0) {
                worker.execute(job);
            } else {
                // runs on the engine thread after the earlier engine commands, then hands over in order
                engine.execute(() -> submitOrFail(worker, job, socket, call, f));
            }
        } catch (RejectedExecutionException e) {
            f.complete(onCrash.fail(socket, call, e));
        }
        return f;
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
        List<ExecutorService> all = new ArrayList<>(workers.values());
        all.add(engine);
        for (ExecutorService e : all) {
            e.shutdown();
        }
        for (ExecutorService e : all) {
            try {
                if (!e.awaitTermination(5, TimeUnit.SECONDS)) {
                    LOG.log(System.Logger.Level.WARNING, "a thread did not end in time; interrupting it");
                    e.shutdownNow();
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                e.shutdownNow();
            }
        }
    }

    private void submitOrFail(ExecutorService worker, Runnable job, String socket, String call,
                              CompletableFuture<Event> f) {
        try {
            worker.execute(job);
        } catch (RejectedExecutionException e) {
            f.complete(onCrash.fail(socket, call, e));
        }
    }

    private void run(String socket, String call, Supplier<Event> task, CompletableFuture<Event> f) {
        try {
            f.complete(task.get());
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "engine command crashed", e);
            f.complete(onCrash.fail(socket, call, e));
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
