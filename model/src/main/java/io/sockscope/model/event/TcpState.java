package io.sockscope.model.event;

/**
 * The kernel's TCP states, numbered as in {@code include/net/tcp_states.h} (the {@code st}
 * column of {@code /proc/net/tcp} and {@code tcpi_state} of TCP_INFO).
 */
public enum TcpState {
    ESTABLISHED(1), SYN_SENT(2), SYN_RECV(3), FIN_WAIT1(4), FIN_WAIT2(5), TIME_WAIT(6), CLOSE(7),
    CLOSE_WAIT(8), LAST_ACK(9), LISTEN(10), CLOSING(11);

    /** By the kernel's number (values() would copy its array on every call: this runs after every send and recv). */
    private static final TcpState[] BY_NUMBER = new TcpState[12];

    static {
        for (TcpState s : values()) {
            BY_NUMBER[s.number] = s;
        }
    }

    private final int number;

    TcpState(int number) {
        this.number = number;
    }

    /** The kernel's number for this state. */
    public int number() {
        return number;
    }

    /** The state with the kernel's number {@code n}, or null (e.g. 12, NEW_SYN_RECV, never seen on a descriptor). */
    public static TcpState of(int n) {
        return n >= 0 && n < BY_NUMBER.length ? BY_NUMBER[n] : null;
    }
}
