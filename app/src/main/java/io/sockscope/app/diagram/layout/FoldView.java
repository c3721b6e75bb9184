package io.sockscope.app.diagram.layout;

import java.util.Collection;
import java.util.List;

/**
 * What the painters read of a session's fold: the whole fold ({@link SessionFold}), or the same
 * fold cut right after one event ({@link FoldCut}), which answers as a fold of the events up to
 * that one would.
 */
public interface FoldView {
    List<Row> rows();

    int rowCount();

    /** True if the drawing records of {@code row} are held (a live window's fold lets older rows go). */
    default boolean holdsRow(int row) {
        return true;
    }

    /** The row an event is drawn at (a queue sample: the row before it); -1 if unknown or not shown. */
    int rowOfSeq(long seq);

    Lifeline lifeline(String socket);

    Collection<Lifeline> lifelines();

    /** Lifelines left to right: owner groups in order of appearance, accepted children beside their server. */
    List<Lifeline> columns();

    /** Data arrows that may cross rows {@code [from, to]}, sorted by send row. */
    List<DataArrow> arrowsBetween(int from, int to);

    /** Bytes and datagrams sent and not read so far, sorted by send row: {@code toSeq} and {@code toRow} are -1. */
    List<DataArrow> unread();

    /** Accept arrows, in row order. */
    List<CreationArrow> creations();

    /** Connect, FIN and RST arrows, sorted by their end row. */
    List<SignalArrow> signals();

    /** Marks, in row order. */
    List<Mark> marks();

    /** Activations, sorted by their first row. */
    List<Activation> activations();

    /** Select badges, in row order. */
    List<Badge> badges();

    /** Queue samples of one socket, in row order. */
    List<QueueSample> queues(String socket);

    /** The kernel's TCP state of {@code socket} at {@code row} (e.g. {@code TIME_WAIT}), or "". */
    String kernelStateAt(String socket, int row);

    /** What the lifeline head shows at {@code row}. */
    HeadState headAt(String socket, int row);

    /** The last queue sample of a socket at or before {@code row}, or null. */
    QueueSample queueAt(String socket, int row);
}
