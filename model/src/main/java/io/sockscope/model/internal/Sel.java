package io.sockscope.model.internal;

import java.nio.channels.Selector;
import java.util.concurrent.atomic.AtomicBoolean;

/** A selector the program opened (not a worker's private one). */
final class Sel {
    final String id;
    final String owner;
    /** Set on the engine thread when the open command runs; null before (the id exists from submission). */
    volatile Selector selector;
    volatile boolean closed;
    /** Set while a select runs: java.nio lets only one thread select on a selector at a time usefully. */
    final AtomicBoolean selecting = new AtomicBoolean();

    Sel(String id, String owner) {
        this.id = id;
        this.owner = owner;
    }
}
