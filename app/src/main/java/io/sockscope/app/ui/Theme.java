package io.sockscope.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** Light and dark looks (AtlantaFX Primer). */
public enum Theme {
    LIGHT, DARK;

    public boolean dark() {
        return this == DARK;
    }

    /**
     * The user-agent stylesheet that gives every control this look: AtlantaFX's compiled
     * (binary) form of it, which JavaFX loads without parsing 170 KB of CSS at start-up.
     */
    public String userAgentStylesheet() {
        return dark() ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    public static Theme parse(String name) {
        return "dark".equalsIgnoreCase(name) ? DARK : LIGHT;
    }
}
