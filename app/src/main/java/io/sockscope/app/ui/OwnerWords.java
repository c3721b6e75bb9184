package io.sockscope.app.ui;

import io.sockscope.app.diagram.layout.text.OwnerNames;
import io.sockscope.app.diagram.layout.Words;

/** Owner group names ({@code server}, {@code client-2}...) in the window's language. */
final class OwnerWords {
    private OwnerWords() {
    }

    static String show(String owner, I18n i18n) {
        return OwnerNames.show(owner, words(i18n));
    }

    /** The window's bundle as canvas words: a translation only where the language is not English. */
    static Words words(I18n i18n) {
        Language lang = i18n.language();
        return new Words(k -> lang != Language.EN && i18n.has(k) ? i18n.t(k) : null);
    }
}
