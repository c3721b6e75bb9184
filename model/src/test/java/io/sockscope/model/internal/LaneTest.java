package io.sockscope.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
