package io.sockscope.app.diagram.layout;

/**
 * Bytes travelling from a send to the recv that read them. For streams {@code [from, to)} is a
 * range of the sender's byte stream; for a datagram it is {@code [0, length)} of that datagram.
 * A lost datagram has no receiving event: {@code toSeq} is -1 and {@code toRow} is the row where
 * the loss became certain (the receiver's would-block, its close, or the session's end).
 */
public record DataArrow(String fromSocket, long fromSeq, int fromRow,
                        String toSocket, long toSeq, int toRow,
                        long from, long to, boolean datagram, boolean lost) {

    /** Number of bytes the arrow carries. */
    public long length() {
        return to - from;
    }

    /** Caption such as {@code bytes 0–99} (inclusive end, as a reader counts). */
    public String label() {
        String range = to - from == 1 ? "byte " + from : "bytes " + from + "–" + (to - 1);
        if (datagram) {
            return (lost ? "lost " : "") + "datagram " + (to - from) + " B";
        }
        return range;
    }
}
