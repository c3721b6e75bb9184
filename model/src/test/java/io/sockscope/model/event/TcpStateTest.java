package io.sockscope.model.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The kernel's state numbers (include/net/tcp_states.h) map to the states and back. */
class TcpStateTest {
    @Test
    void everyStateIsFoundByItsKernelNumber() {
        for (TcpState s : TcpState.values()) {
            assertEquals(s, TcpState.of(s.number()));
        }
        assertEquals(TcpState.ESTABLISHED, TcpState.of(1));
        assertEquals(TcpState.CLOSING, TcpState.of(11));
    }

    @Test
    void numbersWithoutAStateGiveNull() {
        assertNull(TcpState.of(0));
        assertNull(TcpState.of(12)); // NEW_SYN_RECV, never seen on a descriptor
        assertNull(TcpState.of(-1));
        assertNull(TcpState.of(255));
    }
}
