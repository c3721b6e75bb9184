package io.sockscope.app.diagram.layout;

import io.sockscope.model.event.Payload;

/**
 * Bytes travelling from a send to the recv that read them. For streams {@code [from, to)} is a
 * range of the sender's byte stream; for a datagram it is {@code [0, length)} of that datagram.
 * A lost datagram has no receiving event: {@code toSeq} is -1 and {@code toRow} is the row where
 * the loss became certain (the receiver's would-block, its close, or the session's end).
 * {@code payload} is the send's captured payload; this arrow's bytes start at {@code offset} in it.
 */
public record DataArrow(String fromSocket, long fromSeq, int fromRow,
                        String toSocket, long toSeq, int toRow,
                        long from, long to, boolean datagram, boolean lost,
                        Payload payload, int offset) {

    /** How far along its way a lost datagram's arrow gets before its cross (it is drawn one half row down). */
    public static final double LOST_REACH = 0.55;

    /** Longest preview shown on the diagram, in characters. */
    public static final int PREVIEW = 14;

    /** Number of bytes the arrow carries. */
    public long length() {
        return to - from;
    }

    /** Caption such as {@code bytes 0–99} (inclusive end, as a reader counts) or {@code datagram 12 B}. */
    public String label() {
        if (datagram) {
            return (lost ? "lost " : "") + (to - from) + " B";
        }
        return to - from == 1 ? "byte " + from : "bytes " + from + "–" + (to - 1);
    }

    /** The captured bytes this arrow carries, printable, quoted and shortened; "" if none were kept. */
    public String preview() {
        if (payload == null || payload.kept() <= offset) {
            return "";
        }
        byte[] b = payload.bytes();
        int n = (int) Math.min(length(), b.length - offset);
        StringBuilder sb = new StringBuilder(PREVIEW + 4).append('“');
        for (int i = 0; i < n && i < PREVIEW; i++) {
            int c = b[offset + i] & 0xff;
            sb.append(c == '\n' ? '↵' : c >= 0x20 && c < 0x7f ? (char) c : '·');
        }
        return sb.append(n > PREVIEW || n < length() ? "…”" : "”").toString();
    }
}
