package io.sockscope.model.event;

import java.util.Objects;

/**
 * A changed sample of a socket's kernel queues.
 *
 * @param sendQ    bytes written but not yet acknowledged / sent
 * @param recvQ    bytes received but not yet read
 * @param acceptQ  for a listening socket: connections waiting for accept(); otherwise -1
 * @param backlog  for a listening socket: the backlog given to listen(); otherwise -1
 * @param sndBuf   SO_SNDBUF as the kernel holds it (bytes), -1 if unknown
 * @param rcvBuf   SO_RCVBUF as the kernel holds it (bytes), -1 if unknown
 * @param drops    datagrams the kernel dropped on this socket so far (a UDP socket's drop
 *                 counter), -1 when not counted (other sockets, files written before it existed)
 */
public record Queues(long seq, long t, String socket, int sendQ, int recvQ, int acceptQ, int backlog,
                     int sndBuf, int rcvBuf, QueueSource source, int drops) implements Event {
    public Queues {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(source, "source");
    }

    /** A sample without a drop counter. */
    public Queues(long seq, long t, String socket, int sendQ, int recvQ, int acceptQ, int backlog,
                  int sndBuf, int rcvBuf, QueueSource source) {
        this(seq, t, socket, sendQ, recvQ, acceptQ, backlog, sndBuf, rcvBuf, source, -1);
    }

    @Override
    public EventType type() {
        return EventType.QUEUES;
    }
}
