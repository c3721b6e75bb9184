package io.sockscope.app.diagram.layout;

/**
 * A bar along a lifeline: a blocked call from {@code block} to {@code wake} (with the waiting
 * thread), or a {@code select()} on a selector's lifeline. {@code toRow} is -1 while still open.
 */
public record Activation(String socket, String call, String thread, int fromRow, int toRow,
                         long fromSeq, long toSeq, boolean select) {

    /** True while the call has not returned yet. */
    public boolean open() {
        return toRow < 0;
    }

    /** The last row covered, given the session's last row for open activations. */
    public int endRow(int lastRow) {
        return toRow < 0 ? Math.max(fromRow, lastRow) : toRow;
    }
}
