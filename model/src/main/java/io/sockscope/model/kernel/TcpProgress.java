package io.sockscope.model.kernel;

/**
 * How far the two byte streams of one ESTABLISHED TCP socket have come, in data bytes (no SYN,
 * no FIN): {@code acked} of the bytes it wrote the peer has acknowledged, {@code received} of
 * the bytes the peer wrote have arrived in order. Its queues follow: sendQ (SIOCOUTQ) =
 * written - acked, recvQ (SIOCINQ) = received - read.
 *
 * <p>When both ends of a connection are ours and both are ESTABLISHED, one end's counters
 * bound the other's: the peer has received at least what this end saw acknowledged and at
 * most what this end wrote, exactly what was acknowledged when no segment is in flight
 * (tcpi_unacked 0: the peer acknowledges only what it received, and received only what was
 * sent); the peer's own bytes acknowledged lie between what was known of them before (the
 * counters never go back) and what this end received (this end acknowledges nothing it did
 * not receive). {@link #peer} gives the peer's progress when those bounds meet, so that it
 * needs no read of its own; {@code KernelSocketsTest} checks it against SIOCINQ and SIOCOUTQ
 * over random traffic.
 *
 * @param acked    data bytes written and acknowledged by the peer (tcpi_bytes_acked, less the
 *                 active opener's SYN)
 * @param received data bytes received in order (tcpi_bytes_received)
 */
public record TcpProgress(long acked, long received) {
    /** Nothing known yet: both streams at 0, a lower bound of every connection's progress. */
    public static final TcpProgress NONE = new TcpProgress(0, 0);

    /** sendQ as SIOCOUTQ gives it, for an end that wrote {@code written} bytes. */
    public int sendQ(long written) {
        return (int) Math.max(0, written - acked);
    }

    /** recvQ as SIOCINQ gives it, for an end that read {@code read} bytes. */
    public int recvQ(long read) {
        return (int) Math.max(0, received - read);
    }

    /**
     * The peer's progress at the moment this end's counters were read, when they determine it
     * exactly; null when they do not (then read the peer). Both ends must be ESTABLISHED.
     *
     * @param inFlight    this end's tcpi_unacked from the same read
     * @param written     data bytes this end wrote
     * @param peerBefore  the peer's progress known from an earlier moment ({@link #NONE} if none)
     * @param peerWritten data bytes the peer wrote
     */
    public TcpProgress peer(int inFlight, long written, TcpProgress peerBefore, long peerWritten) {
        long receivedLow = Math.max(peerBefore.received, acked);
        long receivedHigh = inFlight == 0 ? acked : written;
        long ackedLow = peerBefore.acked;
        long ackedHigh = Math.min(received, peerWritten);
        if (receivedLow != receivedHigh || ackedLow != ackedHigh) {
            return null;
        }
        return new TcpProgress(ackedLow, receivedLow);
    }
}
