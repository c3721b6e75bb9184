package io.sockscope.sessions.store;

import io.sockscope.model.source.Subscription;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

/** The growth listeners of a store. */
final class Listeners {
    private final CopyOnWriteArrayList<LongConsumer> all = new CopyOnWriteArrayList<>();

    Subscription add(LongConsumer l) {
        Objects.requireNonNull(l, "listener");
        all.add(l);
        return () -> all.remove(l);
    }

    void grown(long size) {
        for (LongConsumer l : all) {
            l.accept(size);
        }
    }
}
