package io.sockscope.model.internal;

import java.nio.channels.Selector;

/** A selector the program opened (not a worker's private one). */
final class Sel {
    final String id;
    final String owner;
    final Selector selector;
    volatile boolean closed;
    /** Set while a select runs: java.nio lets only one thread select on a selector at a time usefully. */
    final java.util.concurrent.atomic.AtomicBoolean selecting = new java.util.concurrent.atomic.AtomicBoolean();

    Sel(String id, String owner, Selector selector) {
        this.id = id;
        this.owner = owner;
        this.selector = selector;
    }
}
