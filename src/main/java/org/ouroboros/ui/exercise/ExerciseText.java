package org.ouroboros.ui.exercise;

import java.util.Optional;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonText;

/**
 * An exercise's words in one language: {@code exercises_text.properties} (English) or
 * {@code exercises_text_zh_CN.properties}, keys {@code exercise.k.title}, {@code exercise.k.question}
 * (paragraphs separated by blank lines, {@code `code`} spans), {@code exercise.k.hint} (shown after a
 * wrong answer) and {@code exercise.k.explain} (shown with the VM's answer). A key missing in
 * Chinese falls back to English, as for the lesson's own text. Reads resources: call off the FX thread.
 */
public final class ExerciseText {
    public static final String BASE_NAME = "exercises_text";

    private final LessonText text;

    private ExerciseText(LessonText text) {
        this.text = text;
    }

    public static ExerciseText load(String lessonId, Language language) {
        return new ExerciseText(LessonText.load(lessonId, BASE_NAME, language));
    }

    public static String fileName(Language language) {
        return LessonText.fileName(BASE_NAME, language);
    }

    public Optional<String> get(String key) {
        return text.get(key);
    }

    /** True when this language's own file has {@code key} (no fallback). */
    public boolean hasOwn(String key) {
        return text.hasOwn(key);
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
