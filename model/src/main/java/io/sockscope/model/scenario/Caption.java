package io.sockscope.model.scenario;

import java.util.Objects;

/** A text in English and in Chinese. */
public record Caption(String en, String zh) {
    public Caption {
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
    }

    /** The text in {@code lang} ("zh" gives Chinese; anything else English). */
    public String in(String lang) {
        return "zh".equals(lang) ? zh : en;
    }
}
