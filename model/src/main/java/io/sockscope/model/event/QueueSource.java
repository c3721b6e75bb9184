package io.sockscope.model.event;

/** Where a queue figure came from, so the UI can say how far to trust it. */
public enum QueueSource {
    /** Bytes in the queue, read from the kernel ({@code /proc/net/tcp*}). */
    KERNEL,
    /** Kernel memory charged to the queue, read from {@code /proc/net/udp*}: per datagram, not payload bytes. */
    KERNEL_MEMORY,
    /** Counted by the engine from its own sends and recvs (Unix sockets, non-Linux systems). */
    ESTIMATE
}
