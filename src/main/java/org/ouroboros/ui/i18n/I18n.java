package org.ouroboros.ui.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * User-visible text from a resource bundle, as bindings that re-evaluate when the locale
 * changes: bind a label to {@link #get(String)} once and it follows every language switch.
 */
public final class I18n {
    /** The shell's bundle: {@code org/ouroboros/ui/messages*.properties}. */
    public static final String SHELL_BUNDLE = "org.ouroboros.ui.messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ObservableValue<Locale> locale;

    public I18n(String baseName, ObservableValue<Locale> locale) {
        this.baseName = baseName;
        this.locale = locale;
    }

    public ObservableValue<Locale> localeProperty() {
        return locale;
    }

    /** The text for {@code key}, following the current locale. */
    public StringBinding get(String key) {
        return Bindings.createStringBinding(() -> text(key), locale);
    }

    /** {@link MessageFormat} text whose arguments are observed too. */
    public StringBinding formatted(String key, ObservableValue<?>... args) {
        Observable[] deps = new Observable[args.length + 1];
        deps[0] = locale;
        System.arraycopy(args, 0, deps, 1, args.length);
        return Bindings.createStringBinding(
                () -> format(key, Arrays.stream(args).map(ObservableValue::getValue).toArray()), deps);
    }

    /** The text for {@code key} in the current locale, right now. */
    public String text(String key) {
        return text(locale.getValue(), key);
    }

    /** Formats {@code key}'s pattern with {@code args} in the current locale. */
    public String format(String key, Object... args) {
        return new MessageFormat(text(key), locale.getValue()).format(args);
    }

    /** The text for {@code key} in a given locale (the navigator shows titles in both languages). */
    public String text(Locale in, String key) {
        try {
            return ResourceBundle.getBundle(baseName, in, I18n.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            // Visible but not fatal: a missing key shows up in screenshots and in tests.
            return "!" + key + "!";
        }
    }
}
