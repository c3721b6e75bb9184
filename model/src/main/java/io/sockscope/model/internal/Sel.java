package io.sockscope.model.internal;

import java.nio.channels.Selector;

/** A selector the program opened (not a worker's private one). */
final class Sel {
    final String id;
    final String owner;
    final Selector selector;
    volatile boolean closed;

    Sel(String id, String owner, Selector selector) {
        this.id = id;
        this.owner = owner;
        this.selector = selector;
    }
}
