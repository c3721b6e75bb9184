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
 * @param quiz what makes the note a question for the class ({@code text} is then the
 *             question), or null for a caption
 */
public record Note(long seq, long t, String text, String lang, int step, String zh, Quiz quiz) implements Event {
    public Note {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(zh, "zh");
    }

    /** A caption in one or two languages. */
    public Note(long seq, long t, String text, String lang, int step, String zh) {
        this(seq, t, text, lang, step, zh, null);
    }

    /** A note in one language (or none). */
    public Note(long seq, long t, String text, String lang, int step) {
        this(seq, t, text, lang, step, "");
    }

    /** True when the note asks the class a question ({@link #quiz()} holds its choices and answer). */
    public boolean question() {
        return quiz != null;
    }

    /** The same note numbered {@code seq} (a note moved by an edit of the session). */
    public Note withSeq(long seq, long t) {
        return new Note(seq, t, text, lang, step, zh, quiz);
    }

    /** The same note starting step {@code step} (0: a plain annotation). */
    public Note withStep(int step) {
        return new Note(seq, t, text, lang, step, zh, quiz);
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
        return bilingual() ? new Note(seq, t, in(language), language, step, "", quiz == null ? null : quiz.inLanguage(language)) : this;
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
