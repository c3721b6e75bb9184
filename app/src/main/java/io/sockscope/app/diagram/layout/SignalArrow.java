package io.sockscope.app.diagram.layout;

/**
 * A control message between sockets, not data: a connect reaching the listening socket's
 * accept queue, the FIN of a close or shutdown that a recv reads as end of stream, or the RST
 * of an abortive close that the peer meets as a reset.
 */
public record SignalArrow(Kind kind, String fromSocket, long fromSeq, int fromRow,
                          String toSocket, long toSeq, int toRow) {

    /** What the arrow stands for. */
    public enum Kind {
        CONNECT, FIN, RST;

        /** Caption drawn on the arrow. */
        public String label() {
            return this == CONNECT ? "SYN" : name();
        }
    }
}
