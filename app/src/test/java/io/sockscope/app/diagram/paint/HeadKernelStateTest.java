package io.sockscope.app.diagram.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The head's state line with the kernel's TCP state. */
class HeadKernelStateTest {
    @Test
    void anOpenSocketShowsTheKernelsName() {
        assertEquals("CLOSE_WAIT", HeadLayer.withKernelState("已连接", "CLOSE_WAIT", false));
    }

    @Test
    void aClosedSocketKeepsItsOwnStateAndTheKernelsTail() {
        assertEquals("已关闭 · TIME_WAIT", HeadLayer.withKernelState("已关闭", "TIME_WAIT", true));
        assertEquals("closed", HeadLayer.withKernelState("closed", "CLOSE", true), "the kernel let it go");
        assertEquals("closed", HeadLayer.withKernelState("closed", "LISTEN", true), "a listener has no tail");
    }

    @Test
    void withoutAKernelStateTheHeadsOwnStays() {
        assertEquals("listening", HeadLayer.withKernelState("listening", "", false));
    }
}
