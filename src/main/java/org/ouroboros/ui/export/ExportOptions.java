package org.ouroboros.ui.export;

import java.util.Locale;

/**
 * What a headless render asks of a view: its language, for views that show one class (the MRO
 * view) which class ({@code null}: the view's default), and the program's text for views that
 * quote its lines ({@code ""} when unknown).
 */
public record ExportOptions(Locale locale, String className, String source) {
    public ExportOptions {
        source = source == null ? "" : source;
    }

    public ExportOptions(Locale locale, String className) {
        this(locale, className, "");
    }
}
