package io.sockscope.model.event;

/** Where a queue figure came from, so the UI can say how far to trust it. */
public enum QueueSource {
    /** Bytes in the queue, read from the kernel ({@code /proc/net/tcp*}). */
    KERNEL,
    /** Kernel memory charged to the queue, read from {@code /proc/net/udp*}: per datagram, not payload bytes. */
    KERNEL_MEMORY,
    /**
     * Bytes in the queue, read from the descriptor right after the call that changed it
     * (SIOCINQ / SIOCOUTQ; TCP_INFO for a listener's accept queue).
     */
    EXACT,
    /**
     * Kernel memory charged to a UDP socket's queues (SO_MEMINFO, the figures of
     * {@code /proc/net/udp}), read from the descriptor right after the call that changed it.
     */
    EXACT_MEMORY,
    /** Counted by the engine from its own sends and recvs (Unix sockets, non-Linux systems). */
    ESTIMATE
}
