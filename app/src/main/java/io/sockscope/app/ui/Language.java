package io.sockscope.app.ui;

import java.util.Locale;

/** The languages the window speaks. */
public enum Language {
    EN("en"), ZH("zh");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as stored in settings and session notes. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language for a tag such as {@code zh} or {@code zh-CN}; English for anything unknown. */
    public static Language fromTag(String tag) {
        if (tag != null) {
            String lang = Locale.forLanguageTag(tag).getLanguage();
            for (Language l : values()) {
                if (l.tag.equals(lang)) {
                    return l;
                }
            }
        }
        return EN;
    }
}
