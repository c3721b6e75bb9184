package io.sockscope.model.event;

import java.util.Objects;

/**
 * A caption or annotation.
 *
 * @param lang BCP 47 language of {@code text} ("en", "zh"), or "" if none
 * @param step the step this caption starts (1, 2, ...), or 0 for a plain annotation
 */
public record Note(long seq, long t, String text, String lang, int step) implements Event {
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
    }

    @Override
    public EventType type() {
        return EventType.NOTE;
    }

    /** Notes are about the session, not a socket. */
    @Override
    public String socket() {
        return null;
    }
}
