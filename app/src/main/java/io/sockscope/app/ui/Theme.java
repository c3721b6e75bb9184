package io.sockscope.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** Light and dark looks (AtlantaFX Primer). */
public enum Theme {
    LIGHT, DARK;

    public boolean dark() {
        return this == DARK;
    }

    /** The user-agent stylesheet that gives every control this look. */
    public String userAgentStylesheet() {
        return dark() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public static Theme parse(String name) {
        return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
    }
}
