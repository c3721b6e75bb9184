package io.sockscope.app.transport;

/** What the transport needs to know of a session: its length, its steps, and when each event happened. */
public interface Timing {
    /** Number of events. */
    long size();

    /** Number of numbered step captions. */
    int steps();

    /** The seq of step caption {@code i} (in order). */
    long stepSeq(int i);

    /** The recorded time of event {@code seq}, in nanoseconds. */
    long t(long seq);
}
