package io.sockscope.model.source;

import io.sockscope.model.event.Event;

/** Builds an event once its {@code seq} and {@code t} are known (inside the engine lock). */
@FunctionalInterface
public interface Stamp {
    Event make(long seq, long t);
}
