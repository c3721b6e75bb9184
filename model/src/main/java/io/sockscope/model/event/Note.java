package io.sockscope.model.event;

import java.util.List;
import java.util.Objects;

/**
 * A caption or annotation, in one language or in two.
 *
 * @param text the text in {@code lang}; for a bilingual note, the English text
 * @param lang BCP 47 language of {@code text} ("en", "zh"), or "" if none
 * @param step the step this caption starts (1, 2, ...), or 0 for a plain annotation
 * @param zh   the Chinese text of a bilingual note (then {@code lang} is "en"), or "" when the
 *             note has one language only (files written before it existed have none)
 */
public record Note(long seq, long t, String text, String lang, int step, String zh) implements Event {
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(zh, "zh");
    }

    /** A note in one language (or none). */
    public Note(long seq, long t, String text, String lang, int step) {
        this(seq, t, text, lang, step, "");
    }

    /** True when the note carries an English and a Chinese text. */
    public boolean bilingual() {
        return !zh.isEmpty();
    }

    /**
     * The text to show to a reader of {@code language} ("zh" or "en"): its own text when the
     * note has it, else the one text it has.
     */
    public String in(String language) {
        return "zh".equals(language) && bilingual() ? zh : text;
    }

    /**
     * This note as a reader of {@code language} sees it: a bilingual note becomes a note in that
     * language alone; a note in one language (or none) is returned as it is.
     */
    public Note inLanguage(String language) {
        return bilingual() ? new Note(seq, t, in(language), language, step) : this;
    }

    /** The languages the note is written in ("en", "zh"); empty for a language-free note. */
    public List<String> languages() {
        if (bilingual()) {
            return lang.isEmpty() || lang.equals("zh") ? List.of("zh") : List.of(lang, "zh");
        }
        return lang.isEmpty() ? List.of() : List.of(lang);
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
