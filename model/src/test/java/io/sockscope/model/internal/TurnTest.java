package io.sockscope.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sockscope.model.event.Event;
import io.sockscope.model.event.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which thread runs a blocking-mode call: the caller itself while its worker is idle, else the worker. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TurnTest {
    private final Threads threads = new Threads((socket, call, e) -> {
        throw new AssertionError("crashed: " + call, e);
    }, new Waiters());
    private final List<String> ranOn = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.shutdown();
    }

    /** Starts worker "w" with one call and waits until the engine thread has let go of it (else the next call queues behind). */
    private void startWorker() throws Exception {
        threads.onWorker("w", "s1", "recv", recording()).get(5, TimeUnit.SECONDS);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!threads.engineIdle()) {
            assertTrue(System.nanoTime() < end, "the engine thread let go of the handed-over call");
            Thread.onSpinWait();
        }
    }

    @Test
    void aCallForAnIdleWorkerRunsOnTheCallersThreadAndIsDoneAtOnce() throws Exception {
        startWorker();
        String caller = onFreshThread(() -> {
            CompletableFuture<Event> f = threads.onWorkerOrHere("w", "s1", "recv", recording());
            assertTrue(f.isDone(), "ran before the call returned");
            return Thread.currentThread().getName();
        });
        assertEquals(List.of("w", caller), ranOn);
    }

    @Test
    void aThreadThatRefusedTurnsHandsEveryCallToTheWorker() throws Exception {
        startWorker();
        onFreshThread(() -> {
            NioEngine.neverRunCallsOnThisThread(); // as a user interface's thread does
            for (int i = 0; i < 5; i++) {
                threads.onWorkerOrHere("w", "s1", "recv", recording()).get(5, TimeUnit.SECONDS);
            }
            return null;
        });
        assertEquals(List.of("w", "w", "w", "w", "w", "w"), ranOn, "every call ran on the worker");
    }

    @Test
    void aCallForANameWithNoWorkerYetGoesToANewWorker() throws Exception {
        threads.onWorkerOrHere("fresh", "s1", "recv", recording()).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("fresh"), ranOn);
    }

    @Test
    void aThreadRunsAtMostAStreakOfCallsInARowThenOneGoesToTheWorker() throws Exception {
        startWorker();
        ranOn.clear();
        onFreshThread(() -> {
            for (int i = 0; i < 2 * (Turn.STREAK + 1); i++) {
                threads.onWorkerOrHere("w", "s1", "recv", recording()).get(5, TimeUnit.SECONDS);
            }
            return null;
        });
        List<Integer> streaks = new ArrayList<>();
        int run = 0;
        for (String t : ranOn) {
            if (t.equals("w")) {
                streaks.add(run);
                run = 0;
            } else {
                run++;
            }
        }
        streaks.add(run);
        assertEquals(List.of(Turn.STREAK, Turn.STREAK, 0), streaks, "runs on the caller between runs on the worker");
    }

    @Test
    void aWorkerSubmittingToAnotherIdleWorkerLeavesTheCallToIt() throws Exception {
        threads.onWorker("b", "s2", "recv", recording()).get(5, TimeUnit.SECONDS);
        CompletableFuture<CompletableFuture<Event>> inner = new CompletableFuture<>();
        threads.onWorker("a", "s1", "recv", () -> {
            inner.complete(threads.onWorkerOrHere("b", "s2", "recv", recording()));
            return note();
        }).get(5, TimeUnit.SECONDS);
        inner.get(5, TimeUnit.SECONDS).get(5, TimeUnit.SECONDS);
        assertEquals(List.of("b", "b"), ranOn);
    }

    @RepeatedTest(10)
    void callsFromManyThreadsRunOneAtATimeAndEachThreadsInTheOrderItSubmittedThem() throws Exception {
        startWorker();
        int callers = 4;
        int calls = 2000;
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        List<List<Integer>> ran = new ArrayList<>();
        List<FutureTask<List<CompletableFuture<Event>>>> submitters = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            List<Integer> mine = new CopyOnWriteArrayList<>();
            ran.add(mine);
            submitters.add(new FutureTask<>(() -> {
                List<CompletableFuture<Event>> fs = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    int n = i;
                    Supplier<Event> done = () -> {
                        if (running.incrementAndGet() != 1) {
                            overlaps.incrementAndGet();
                        }
                        mine.add(n);
                        work(); // a call takes a while: another thread's call may come meanwhile
                        running.decrementAndGet();
                        return note();
                    };
                    // every third call "has to wait": on a caller's turn its rest goes to the worker
                    fs.add(threads.onWorkerOrHere("w", "s1", "recv", () -> {
                        if (n % 3 == 0 && Turn.worker() != null) {
                            Turn.handOver(done);
                            return null;
                        }
                        return done.get();
                    }));
                    if (n % 4 != 3) {
                        fs.get(n).get(5, TimeUnit.SECONDS); // mostly awaited: the worker goes idle and callers take turns
                    }
                }
                return fs;
            }));
        }
        submitters.forEach(t -> new Thread(t, "caller").start());
        for (FutureTask<List<CompletableFuture<Event>>> t : submitters) {
            for (CompletableFuture<Event> f : t.get(5, TimeUnit.SECONDS)) {
                f.get(5, TimeUnit.SECONDS);
            }
        }
        assertEquals(0, overlaps.get(), "two calls of one worker ran at once");
        for (List<Integer> mine : ran) {
            assertEquals(IntStream.range(0, calls).boxed().toList(), mine, "one caller's calls in submission order");
        }
    }

    /** About 20 µs of work. */
    private static void work() {
        long end = System.nanoTime() + 20_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    /** Runs {@code body} on a new thread (with no calls run by itself yet) and returns its result. */
    private static <T> T onFreshThread(Callable<T> body) throws Exception {
        FutureTask<T> task = new FutureTask<>(body);
        Thread t = new Thread(task, "caller");
        t.start();
        return task.get(5, TimeUnit.SECONDS);
    }

    private Supplier<Event> recording() {
        return () -> {
            ranOn.add(Thread.currentThread().getName());
            return note();
        };
    }

    private static Event note() {
        return new Note(0, 0, "ran", "en", 0);
    }
}
