package io.sockscope.app.transport;

/** What the transport needs to know of a session: its length, its steps, and when each event happened. */
public interface Timing {
    /** Number of events. */
    long size();

    /** Number of numbered step captions. */
    int steps();

    /** The seq of step caption {@code i} (in order). */
    long stepSeq(int i);

    /** Number of questions to the class (notes the position stops at before their outcome). */
    default int questions() {
        return 0;
    }

    /** The seq of question {@code i} (in order). */
    default long questionSeq(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** The recorded time of event {@code seq}, in nanoseconds. */
    long t(long seq);

    /** Whether the position may rest at event {@code seq} (a kernel queue sample has no row of its own). */
    default boolean stop(long seq) {
        return true;
    }
}
