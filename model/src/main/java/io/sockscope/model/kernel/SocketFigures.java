package io.sockscope.model.kernel;

import io.sockscope.model.event.TcpState;

/**
 * What the kernel holds for one socket at one moment, read from its descriptor.
 *
 * @param sendQ    TCP: bytes not yet acknowledged (SIOCOUTQ); UDP: kernel memory of datagrams
 *                 not yet sent (SK_MEMINFO_WMEM_ALLOC); Unix: memory charged for bytes sent and
 *                 not yet read (SIOCOUTQ); 0 for a listener
 * @param recvQ    TCP and Unix: bytes received and not yet read (SIOCINQ); UDP: kernel memory
 *                 of queued datagrams (SK_MEMINFO_RMEM_ALLOC, the rx_queue of /proc/net/udp)
 * @param acceptQ  a TCP listener's accept queue (TCP_INFO tcpi_unacked), else -1
 * @param backlog  a TCP listener's backlog as the kernel holds it (tcpi_sacked), else -1
 * @param sndBuf   SO_SNDBUF as the kernel holds it (SK_MEMINFO_SNDBUF)
 * @param rcvBuf   SO_RCVBUF as the kernel holds it (SK_MEMINFO_RCVBUF)
 * @param drops    packets the kernel dropped on this socket (SK_MEMINFO_DROPS, the drops column
 *                 of /proc/net/udp)
 * @param state    the TCP state, or null for other protocols
 */
public record SocketFigures(int sendQ, int recvQ, int acceptQ, int backlog, int sndBuf, int rcvBuf,
                            int drops, TcpState state) {
}
