package io.sockscope.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class LaneTest {
    private record Step(int n, List<Integer> ran, List<Integer> rejected, CountDownLatch done, Runnable also)
            implements Lane.Job {
        Step(int n, List<Integer> ran, List<Integer> rejected, CountDownLatch done) {
            this(n, ran, rejected, done, () -> { });
        }

        @Override
        public void run() {
            also.run();
            ran.add(n);
            done.countDown();
        }

        @Override
        public void reject(RejectedExecutionException e) {
            rejected.add(n);
            done.countDown();
        }
    }

    @Test
    void runsJobsInSubmissionOrderOnTheNamedThreadWithItsSelector() throws Exception {
        Lane lane = new Lane("client");
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1000);
        try (Selector sel = Selector.open()) {
            lane.start(sel);
            for (int i = 0; i < 1000; i++) {
                lane.execute(new Step(i, ran, List.of(), done, () -> {
                    threads.add(Thread.currentThread().getName());
                    assertTrue(((Lane.Worker) Thread.currentThread()).selector == sel, "the worker's own selector");
                }));
            }
            assertTrue(done.await(5, TimeUnit.SECONDS));
            lane.stop();
            assertTrue(lane.await(5_000), "the worker ends after stop");
        }
        assertEquals(IntStream.range(0, 1000).boxed().toList(), ran);
        assertEquals(List.of("client"), threads.stream().distinct().toList());
    }

    /**
     * The engine closing while a caller runs a call in its turn: the worker waits for the turn,
     * so a call that has to wait is still handed over and finished (its {@code block} gets its
     * {@code wake}), not rejected after its {@code block} was reported.
     */
    @Test
    void stopDuringATurnStillTakesTheCallersHandOff() throws Exception {
        Lane lane = new Lane("client");
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Integer> rejected = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        lane.start(null);
        assertTrue(lane.tryTurn(), "an idle lane gives a turn");
        lane.stop();
        assertFalse(lane.await(300), "the worker does not end while a caller holds its turn");
        assertTrue(lane.handOff(new Step(1, ran, rejected, done)), "the hand-off is taken");
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertTrue(lane.await(5_000), "then the worker ends");
        assertEquals(List.of(1), ran);
        assertEquals(List.of(), rejected);
    }

    @Test
    void stopDuringATurnEndsTheWorkerWhenTheTurnEnds() throws Exception {
        Lane lane = new Lane("server");
        lane.start(null);
        assertTrue(lane.tryTurn());
        lane.stop();
        assertFalse(lane.tryTurn(), "no new turn once stopping");
        lane.endTurn();
        assertTrue(lane.await(5_000), "the worker ends once the turn is over");
    }

    @Test
    void stopRunsWhatWasQueuedAndRejectsLaterJobs() throws Exception {
        Lane lane = new Lane("server");
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Integer> rejected = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        for (int i = 0; i < 3; i++) {
            lane.execute(new Step(i, ran, rejected, done)); // queued before the thread starts
        }
        lane.start(null);
        lane.stop();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertTrue(lane.await(5_000));
        assertEquals(List.of(0, 1, 2), ran);
        assertThrows(RejectedExecutionException.class,
                () -> lane.execute(new Step(3, ran, rejected, new CountDownLatch(1))));
    }

    @Test
    void aLaneStoppedBeforeItStartedRejectsItsQueuedJobs() throws Exception {
        Lane lane = new Lane("never");
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<Integer> rejected = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        lane.execute(new Step(0, ran, rejected, done));
        lane.execute(new Step(1, ran, rejected, done));
        lane.stop();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of(), ran);
        assertEquals(List.of(0, 1), rejected);
    }

    @Test
    void jobsQueuedDuringATurnRunAfterItEnds() throws Exception {
        Lane lane = new Lane("client");
        List<Integer> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        lane.start(null);
        assertTrue(lane.tryTurn(), "an idle lane gives its turn");
        ran.add(0); // the caller's own call
        lane.execute(new Step(1, ran, List.of(), done));
        lane.execute(new Step(2, ran, List.of(), done));
        assertFalse(lane.tryTurn(), "one turn at a time");
        assertEquals(List.of(0), ran, "nothing queued runs during the turn");
        lane.endTurn();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of(0, 1, 2), ran);
        lane.stop();
        assertTrue(lane.await(5_000));
    }

    @Test
    void theRestOfACallHandedOffRunsBeforeWhatWasQueuedDuringTheTurn() throws Exception {
        Lane lane = new Lane("client");
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(3);
        lane.start(null);
        assertTrue(lane.tryTurn());
        lane.execute(new Step(2, ran, List.of(), done));
        lane.execute(new Step(3, ran, List.of(), done));
        assertTrue(lane.handOff(new Step(1, ran, List.of(), done, () -> threads.add(Thread.currentThread().getName()))));
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertEquals(List.of(1, 2, 3), ran);
        assertEquals(List.of("client"), threads, "the worker finishes the call");
        lane.stop();
        assertTrue(lane.await(5_000));
    }

    @Test
    void aBusyLaneGivesNoTurn() throws Exception {
        Lane lane = new Lane("client");
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        lane.start(null);
        lane.execute(new Step(0, new CopyOnWriteArrayList<>(), List.of(), done, () -> {
            running.countDown();
            await(release);
        }));
        assertTrue(running.await(5, TimeUnit.SECONDS));
        assertFalse(lane.tryTurn(), "a job is running");
        release.countDown();
        assertTrue(done.await(5, TimeUnit.SECONDS));
        lane.stop();
        assertTrue(lane.await(5_000));
        assertFalse(lane.tryTurn(), "a stopped lane gives no turn");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
