package org.ouroboros.ui.model;

import java.util.Locale;

/** The UI languages Ouroboros ships, each with the locale its resource bundle is found under. */
public enum Language {
    ENGLISH(Locale.ENGLISH, "en"),
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "zh_CN");

    private final Locale locale;
    private final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Stable identifier used in preference files. */
    public String tag() {
        return tag;
    }

    /** Any Chinese system locale picks Chinese; every other locale falls back to English. */
    public static Language forSystemLocale(Locale system) {
        return "zh".equals(system.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    /** Parses a preference tag; unknown tags give {@code fallback}. */
    public static Language fromTag(String tag, Language fallback) {
        for (Language language : values()) {
            if (language.tag.equals(tag)) {
                return language;
            }
        }
        return fallback;
    }
}
