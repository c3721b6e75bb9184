package io.sockscope.model.kernel;

import io.sockscope.model.event.TcpState;

/**
 * A TCP socket's cumulative counters from TCP_INFO. With the bytes the program wrote and read
 * they give the queues SIOCOUTQ and SIOCINQ report, in one system call instead of two: on an
 * ESTABLISHED socket, sendQ = written - bytesAcked + 1 for the side that opened the connection
 * (the kernel counts its acknowledged SYN), and recvQ = bytesReceived - read.
 *
 * @param state         the TCP state, null if unknown
 * @param bytesAcked    tcpi_bytes_acked
 * @param bytesReceived tcpi_bytes_received
 * @param inFlight      tcpi_unacked: segments sent and not yet acknowledged (0 when every byte
 *                      sent so far has been acknowledged)
 */
public record TcpCounters(TcpState state, long bytesAcked, long bytesReceived, int inFlight) {
    /** The send queue of an ESTABLISHED socket that wrote {@code written} bytes. */
    public int sendQ(long written, boolean activeOpener) {
        return (int) Math.max(0, written - bytesAcked + (activeOpener ? 1 : 0));
    }

    /** The receive queue of an ESTABLISHED socket that read {@code read} bytes. */
    public int recvQ(long read) {
        return (int) Math.max(0, bytesReceived - read);
    }

    /** The data bytes of an ESTABLISHED socket's two streams (the active opener's SYN taken out). */
    public TcpProgress progress(boolean activeOpener) {
        return new TcpProgress(bytesAcked - (activeOpener ? 1 : 0), bytesReceived);
    }
}
