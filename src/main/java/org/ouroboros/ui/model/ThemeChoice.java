package org.ouroboros.ui.model;

/** The user's theme. Each maps to stylesheets in {@code org.ouroboros.ui.theme.ThemeStylesheets}. */
public enum ThemeChoice {
    LIGHT("light"),
    DARK("dark"),
    HIGH_CONTRAST("high-contrast");

    private final String tag;

    ThemeChoice(String tag) {
        this.tag = tag;
    }

    /** Stable identifier used in preference files and as a CSS class suffix. */
    public String tag() {
        return tag;
    }

    public static ThemeChoice fromTag(String tag, ThemeChoice fallback) {
        for (ThemeChoice theme : values()) {
            if (theme.tag.equals(tag)) {
                return theme;
            }
        }
        return fallback;
    }
}
