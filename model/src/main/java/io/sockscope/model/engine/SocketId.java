package io.sockscope.model.engine;

import java.util.Objects;

/**
 * The id an engine gives a socket or selector when it is opened ({@code s1}, {@code s2}...),
 * naming it in later calls. Events carry the same id as text ({@link #value()}), so the file
 * format is unchanged: {@code SocketId.of(event.socket())} turns one back into an id.
 */
public record SocketId(String value) {
    public SocketId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a socket id is not blank");
        }
    }

    /** The id written {@code text} (as events carry it). */
    public static SocketId of(String text) {
        return new SocketId(text);
    }

    /** The id as events and files write it. */
    @Override
    public String toString() {
        return value;
    }
}
