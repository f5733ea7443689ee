package org.ouroboros.ui.model;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every lesson's steps, loaded once. A lesson whose files are broken gets no steps (and a logged
 * error naming the mistake) instead of stopping the app; the lesson tests fail on it.
 */
public final class LessonCatalog {
    private static final Logger LOG = Logger.getLogger(LessonCatalog.class.getName());

    private final Map<String, LessonSteps> steps;

    private LessonCatalog(Map<String, LessonSteps> steps) {
        this.steps = Map.copyOf(steps);
    }

    /** Reads the steps of every lesson of {@code registry}. Reads resources: call off the FX thread. */
    public static LessonCatalog load(LessonRegistry registry) {
        LessonStepsLoader loader = new LessonStepsLoader();
        Map<String, LessonSteps> steps = new HashMap<>();
        for (Lesson lesson : registry.lessons()) {
            try {
                steps.put(lesson.id(), loader.load(lesson.id()));
            } catch (LessonFormatException e) {
                LOG.log(Level.SEVERE, "lesson " + lesson.id() + " has broken files: " + e.getMessage());
                steps.put(lesson.id(), new LessonSteps(lesson.id(), java.util.List.of()));
            }
        }
        return new LessonCatalog(steps);
    }

    /** A catalogue with no steps at all (tests of the shell that do not need them). */
    public static LessonCatalog empty() {
        return new LessonCatalog(Map.of());
    }

    public LessonSteps steps(Lesson lesson) {
        return steps.getOrDefault(lesson.id(), new LessonSteps(lesson.id(), java.util.List.of()));
    }
}
