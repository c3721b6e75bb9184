package io.sockscope.app.export;

import io.sockscope.app.diagram.paint.Palette;
import io.sockscope.app.diagram.paint.Viewport;
import io.sockscope.app.diagram.surface.FontSpec;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * How an export looks: colours (light or dark), the language of the words the diagram writes
 * itself (states, "Step"), and fonts at the window's sizes (a CJK family for Chinese).
 */
public record ExportStyle(boolean dark, String lang) {
    private static final String BUNDLE = "io.sockscope.app.ui.messages";

    public ExportStyle {
        Objects.requireNonNull(lang, "lang");
    }

    public Palette palette() {
        return dark ? Palette.dark() : Palette.light();
    }

    /** The font family: the sans-serif family, or an installed CJK family for Chinese. */
    public String family() {
        return "zh".equals(lang) ? Java2dFonts.cjkFamily().orElse(Java2dFonts.SANS) : Java2dFonts.SANS;
    }

    public Viewport.Fonts fonts() {
        String f = family();
        return new Viewport.Fonts(new FontSpec(f, 14, false), new FontSpec(f, 12.5, false), new FontSpec(f, 13.5, true));
    }

    /** Translations of the diagram's own words; English keeps its capitals (null: keep the English word). */
    public Function<String, String> texts() {
        if (!"zh".equals(lang)) {
            return k -> null;
        }
        ResourceBundle b = bundle();
        return k -> b.containsKey(k) ? b.getString(k) : null;
    }

    /** A text of the window's bundle in this language. */
    public String text(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text for " + key + " in " + lang, e);
        }
    }

    private ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, "zh".equals(lang) ? Locale.CHINESE : Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
