package org.ouroboros.ui.player;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Words from one resource bundle in one locale. The base bundle is English; there is no
 * fallback to the JVM's default locale, so English stays English on a Chinese system.
 */
public final class LocalizedMessages {
    private final ResourceBundle bundle;
    private final Locale locale;

    private LocalizedMessages(String bundleName, Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code bundleName} as for {@link ResourceBundle#getBundle}, e.g. "org.ouroboros.ui.player.messages". */
    public static LocalizedMessages of(String bundleName, Locale locale) {
        return new LocalizedMessages(bundleName, locale == null ? Locale.ROOT : locale);
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    /** {@link MessageFormat} with the bundle's pattern; pass numbers as strings to avoid "1,234". */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
