package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.QueueSource;

/** A kernel queue sample attached to the row it was taken at. */
public record QueueSample(int row, long seq, int sendQ, int recvQ, int acceptQ, int backlog,
                          int sndBuf, int rcvBuf, QueueSource source, int drops) {

    /** A sample without a drop counter (-1). */
    public QueueSample(int row, long seq, int sendQ, int recvQ, int acceptQ, int backlog,
                       int sndBuf, int rcvBuf, QueueSource source) {
        this(row, seq, sendQ, recvQ, acceptQ, backlog, sndBuf, rcvBuf, source, -1);
    }

    /** Send queue fill 0..1 (0 if the buffer size is unknown). */
    public double sendFill() {
        return fill(sendQ, sndBuf);
    }

    /** Receive queue fill 0..1. */
    public double recvFill() {
        return fill(recvQ, rcvBuf);
    }

    /** Accept queue fill 0..1 for listeners. */
    public double acceptFill() {
        return fill(acceptQ, backlog);
    }

    /** True for a listening socket's sample. */
    public boolean listener() {
        return acceptQ >= 0;
    }

    private static double fill(int q, int cap) {
        if (q <= 0 || cap <= 0) {
            return 0;
        }
        return Math.min(1.0, (double) q / cap);
    }
}
