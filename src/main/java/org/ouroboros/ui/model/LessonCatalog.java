package org.ouroboros.ui.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every lesson's steps and texts in both languages, loaded once at start (off the FX thread), so
 * the window never reads a resource to show a step. A lesson whose files are broken gets no
 * steps (and a logged error naming the mistake) instead of stopping the app; the lesson tests
 * fail on it.
 */
public final class LessonCatalog {
    private static final Logger LOG = Logger.getLogger(LessonCatalog.class.getName());

    private final Map<String, LessonSteps> steps;
    private final Map<String, LessonText> texts;

    private LessonCatalog(Map<String, LessonSteps> steps, Map<String, LessonText> texts) {
        this.steps = Map.copyOf(steps);
        this.texts = Map.copyOf(texts);
    }

    /** Reads the steps and texts of every lesson of {@code registry}. Reads resources: call off the FX thread. */
    public static LessonCatalog load(LessonRegistry registry) {
        LessonStepsLoader loader = new LessonStepsLoader();
        Map<String, LessonSteps> steps = new HashMap<>();
        Map<String, LessonText> texts = new HashMap<>();
        for (Lesson lesson : registry.lessons()) {
            try {
                steps.put(lesson.id(), loader.load(lesson.id()));
                for (Language language : Language.values()) {
                    texts.put(key(lesson, language), LessonText.load(lesson.id(), language));
                }
            } catch (LessonFormatException e) {
                LOG.log(Level.SEVERE, "lesson " + lesson.id() + " has broken files: " + e.getMessage());
                steps.put(lesson.id(), new LessonSteps(lesson.id(), List.of()));
            }
        }
        return new LessonCatalog(steps, texts);
    }

    /** A catalogue with no steps at all (tests of the shell that do not need them). */
    public static LessonCatalog empty() {
        return new LessonCatalog(Map.of(), Map.of());
    }

    public LessonSteps steps(Lesson lesson) {
        return steps.getOrDefault(lesson.id(), new LessonSteps(lesson.id(), List.of()));
    }

    /** The lesson's words in {@code language} (empty when it has no text files). */
    public LessonText text(Lesson lesson, Language language) {
        return texts.getOrDefault(key(lesson, language), LessonText.empty());
    }

    private static String key(Lesson lesson, Language language) {
        return lesson.id() + "/" + language.name();
    }
}
