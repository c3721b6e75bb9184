package io.sockscope.model.source;

/** A subscriber's handle; closing it stops delivery. */
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
