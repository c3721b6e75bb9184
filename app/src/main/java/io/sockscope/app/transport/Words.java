package io.sockscope.app.transport;

import javafx.beans.Observable;

/** The window's words for the transport's controls (the window's bundles, in its language). */
public interface Words {
    /** The text of {@code key} with {@code args} filled in. */
    String t(String key, Object... args);

    /** Fires when the language changes, so texts are set again. */
    Observable language();
}
