package io.sockscope.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The events a frame shows follow the time earlier frames took, within their bounds. */
class PulseBudgetTest {
    private static final long MS = 1_000_000;

    @Test
    void slowFramesCutTheCountInProportionAndFullFastOnesGrowItByAQuarter() {
        PulseBudget b = new PulseBudget();
        assertEquals(PulseBudget.MAX, b.cap(), "nothing timed yet");
        b.shown(2000, 200 * MS); // four times the target
        assertEquals(500, b.cap());
        b.shown(500, 40 * MS); // within it, and the whole count shown
        assertEquals(625, b.cap());
        b.shown(300, 10 * MS); // fewer waited: nothing learnt
        assertEquals(625, b.cap());
        b.shown(625, 5_000 * MS); // a stall
        assertEquals(PulseBudget.MIN, b.cap());
        for (int i = 0; i < 30; i++) {
            b.shown(b.cap(), 45 * MS); // a batch's fixed cost near the target does not hold the count at its floor
        }
        assertEquals(PulseBudget.MAX, b.cap());
    }
}
