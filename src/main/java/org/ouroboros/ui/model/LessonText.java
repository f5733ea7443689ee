package org.ouroboros.ui.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * A lesson's words in one language: {@code text.properties} (English) or
 * {@code text_zh_CN.properties} (the course's Chinese), keys {@code title}, {@code intro},
 * {@code step.k.title}, {@code step.k.text}. A key missing in Chinese falls back to English.
 * Reads resources: call off the FX thread.
 */
public final class LessonText {
    private final Properties own;
    private final Properties fallback;

    private LessonText(Properties own, Properties fallback) {
        this.own = own;
        this.fallback = fallback;
    }

    /** A lesson without any text. */
    public static LessonText empty() {
        return new LessonText(new Properties(), new Properties());
    }

    /** The text of lesson {@code lessonId} in {@code language} (empty texts when the lesson has none). */
    public static LessonText load(String lessonId, Language language) {
        return load(lessonId, "text", language);
    }

    /**
     * Another localised file of the lesson, {@code <baseName>.properties} (English) and
     * {@code <baseName>_zh_CN.properties}, with the same fallback to English (e.g. the exercises' words).
     */
    public static LessonText load(String lessonId, String baseName, Language language) {
        Properties english = LessonFiles.read(lessonId, baseName + ".properties").orElseGet(Properties::new);
        if (language.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return new LessonText(english, new Properties());
        }
        Properties own = LessonFiles.read(lessonId, fileName(baseName, language)).orElseGet(Properties::new);
        return new LessonText(own, english);
    }

    static String fileName(Language language) {
        return fileName("text", language);
    }

    /** {@code <baseName>.properties} for English, {@code <baseName>_zh_CN.properties} for Chinese. */
    public static String fileName(String baseName, Language language) {
        Locale locale = language.locale();
        return locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? baseName + ".properties"
                : baseName + "_" + locale.getLanguage() + (locale.getCountry().isEmpty() ? "" : "_" + locale.getCountry())
                        + ".properties";
    }

    /** The value of {@code key} in this language, else in English. */
    public Optional<String> get(String key) {
        String value = own.getProperty(key);
        if (value == null || value.isBlank()) {
            value = fallback.getProperty(key);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** True when this language's own file has {@code key} (no fallback). */
    public boolean hasOwn(String key) {
        String value = own.getProperty(key);
        return value != null && !value.isBlank();
    }

    public String title() {
        return get("title").orElse("");
    }

    public String intro() {
        return get("intro").orElse("");
    }

    public String stepTitle(int step) {
        return get("step." + step + ".title").orElse("");
    }

    public String stepText(int step) {
        return get("step." + step + ".text").orElse("");
    }

    /** A step's text split into paragraphs at blank lines. */
    public List<String> stepParagraphs(int step) {
        return paragraphs(stepText(step));
    }

    public static List<String> paragraphs(String text) {
        return List.of(text.split("\\n\\s*\\n")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
