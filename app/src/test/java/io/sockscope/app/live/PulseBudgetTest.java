package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The events a frame shows follow the time earlier frames took per event, within their bounds. */
class PulseBudgetTest {
    @Test
    void capFitsTheTargetTimeWithinItsBounds() {
        PulseBudget b = new PulseBudget();
        assertEquals(PulseBudget.MAX, b.cap(), "nothing timed yet");
        b.shown(1000, 200_000_000); // 0.2 ms an event: 250 fit in 50 ms
        assertEquals(250, b.cap());
        b.shown(250, 1_000_000_000); // 4 ms an event: the running estimate rises past the target's floor
        assertEquals(PulseBudget.MIN, b.cap());
        for (int i = 0; i < 40; i++) {
            b.shown(100, 100_000); // 1 µs an event
        }
        assertEquals(PulseBudget.MAX, b.cap());
    }
}
