package io.sockscope.app.diagram.layout.text;

import io.sockscope.app.diagram.layout.Words;
import io.sockscope.model.event.EventType;

/**
 * A run of calls of one kind on one socket whose own labels found no room: drawn as one group
 * label ({@code 5 sends · 500,000 B}) at its first row; zooming in or a click opens it.
 *
 * @param socket   the socket
 * @param type     the call (send, recv...)
 * @param firstRow the run's first row
 * @param lastRow  its last row
 * @param count    calls in the run
 * @param bytes    bytes they moved in all
 */
public record Burst(String socket, EventType type, int firstRow, int lastRow, int count, long bytes) {

    /** The group label in the reader's language. */
    public String label(Words w) {
        String call = type.wireName();
        if (type == EventType.SEND || type == EventType.RECV || type == EventType.SENDTO || type == EventType.RECVFROM) {
            return w.get("canvas.burst.bytes", "{0} {1}s · {2} B", count, call, String.format(java.util.Locale.ROOT, "%,d", bytes));
        }
        return count + " × " + call;
    }

    /** This run with one more call. */
    Burst plus(int row, long moved) {
        return new Burst(socket, type, firstRow, row, count + 1, bytes + moved);
    }
}
