package org.ouroboros.ui.exercise;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonFiles;

/**
 * An exercise's words in one language: {@code exercises_text.properties} (English) or
 * {@code exercises_text_zh_CN.properties}, keys {@code exercise.k.title}, {@code exercise.k.question}
 * (paragraphs separated by blank lines, {@code `code`} spans), {@code exercise.k.hint} (shown after a
 * wrong answer) and {@code exercise.k.explain} (shown with the VM's answer). A key missing in
 * Chinese falls back to English. Reads resources: call off the FX thread.
 */
public final class ExerciseText {
    public static final String FILE = "exercises_text.properties";

    private final Properties own;
    private final Properties fallback;

    private ExerciseText(Properties own, Properties fallback) {
        this.own = own;
        this.fallback = fallback;
    }

    public static ExerciseText load(String lessonId, Language language) {
        Properties english = LessonFiles.read(lessonId, FILE).orElseGet(Properties::new);
        if (language.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return new ExerciseText(english, new Properties());
        }
        return new ExerciseText(LessonFiles.read(lessonId, fileName(language)).orElseGet(Properties::new), english);
    }

    public static String fileName(Language language) {
        Locale locale = language.locale();
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return FILE;
        }
        return "exercises_text_" + locale.getLanguage() + (locale.getCountry().isEmpty() ? "" : "_" + locale.getCountry())
                + ".properties";
    }

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

    public String title(int exercise) {
        return get("exercise." + exercise + ".title").orElse("");
    }

    public String question(int exercise) {
        return get("exercise." + exercise + ".question").orElse("");
    }

    public String hint(int exercise) {
        return get("exercise." + exercise + ".hint").orElse("");
    }

    public String explain(int exercise) {
        return get("exercise." + exercise + ".explain").orElse("");
    }
}
