package io.sockscope.app.ui;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's text, from the {@code messages} bundles. Views bind to {@link #bind} so a
 * language switch at run time relabels everything without rebuilding the window.
 */
public final class I18n {
    static final String BUNDLE = "io.sockscope.app.ui.messages";

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(this, "language");
    private final java.util.Map<Language, ResourceBundle> bundles = new java.util.EnumMap<>(Language.class);

    public I18n(Language initial) {
        language.set(Objects.requireNonNull(initial, "initial"));
    }

    /** The bundle of the current language; looked up on every call so no listener order can see a stale one. */
    private ResourceBundle bundle() {
        return bundles.computeIfAbsent(language.get(), I18n::load);
    }

    static ResourceBundle load(Language lang) {
        return ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** The text for {@code key}, formatted with {@code args} (MessageFormat) when given. */
    public String t(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        String text;
        try {
            text = bundle().getString(key);
        } catch (MissingResourceException e) {
            // a missing key is a bug the bundle test catches; show the key rather than fail the window
            System.getLogger(I18n.class.getName()).log(System.Logger.Level.WARNING, "no text for " + key);
            return key;
        }
        return args.length == 0 ? text : new MessageFormat(text, language.get().locale()).format(args);
    }

    /** True when the current language has a text for {@code key}. */
    public boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** Text for {@code key} that follows the language. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> t(key, args), language);
    }
}
