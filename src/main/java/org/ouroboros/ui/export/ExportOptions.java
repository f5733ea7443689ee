package org.ouroboros.ui.export;

import java.util.Locale;

/**
 * What a headless render asks of a view: its language and, for views that show one class (the
 * MRO view), which class ({@code null}: the view's default).
 */
public record ExportOptions(Locale locale, String className) {}
