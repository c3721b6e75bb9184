package io.sockscope.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProbePaceTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @Test
    void cheapReadsKeepTheConfiguredInterval() {
        ProbePace pace = new ProbePace(10);
        pace.readTook(100_000);
        pace.activity(true);
        assertEquals(10 * MS, pace.nextDelayNanos());
    }

    @Test
    void costlyReadsStretchTheIntervalToAtMostOneTwentiethReading() {
        ProbePace pace = new ProbePace(10);
        pace.readTook(3 * MS);
        pace.activity(true);
        assertEquals(60 * MS, pace.nextDelayNanos());
    }

    @Test
    void quietSocketsAreSampledLessOftenUntilSomethingHappens() {
        ProbePace pace = new ProbePace(10);
        pace.activity(false);
        assertEquals(20 * MS, pace.nextDelayNanos());
        for (int i = 0; i < 10; i++) {
            pace.activity(false);
        }
        assertEquals(500 * MS, pace.nextDelayNanos(), "capped at half a second");
        pace.activity(true);
        assertEquals(10 * MS, pace.nextDelayNanos());
    }
}
