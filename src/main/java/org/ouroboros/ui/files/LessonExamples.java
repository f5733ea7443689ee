package org.ouroboros.ui.files;

import java.util.Optional;
import org.ouroboros.ui.model.LessonPrograms;
import org.ouroboros.ui.model.LessonSteps;

/**
 * The code a lesson step puts into the editor: the step's program from
 * {@code org/ouroboros/lessons/programs/}; a lesson without steps shows its lesson program
 * ({@link #programOf}) if it has one. Reads a resource: call it off the FX thread.
 */
public final class LessonExamples {

    public Optional<String> read(LessonSteps steps, int step) {
        if (steps.isEmpty()) {
            return LessonPrograms.read(programOf(steps.lessonId()));
        }
        return LessonPrograms.read(steps.step(steps.clamp(step)).program());
    }

    /**
     * The program that stands for a whole lesson: the course's own block where one says it all
     * (kept once, with the other blocks), otherwise {@code <id>-example.py}.
     */
    public static String programOf(String lessonId) {
        return switch (lessonId) {
            case "threads" -> "ch5/ch5_10_race_plus_equals.py";
            case "coroutines" -> "ch6_1.py";
            default -> lessonId + "-example.py";
        };
    }
}
