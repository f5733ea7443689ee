package org.ouroboros.ui.files;

import java.util.Optional;
import org.ouroboros.ui.model.LessonPrograms;
import org.ouroboros.ui.model.LessonSteps;

/**
 * The code a lesson step puts into the editor: the step's program from
 * {@code org/ouroboros/lessons/programs/}; a lesson without steps shows its lesson program
 * {@code <id>-example.py} if it has one. Reads a resource: call it off the FX thread.
 */
public final class LessonExamples {

    public Optional<String> read(LessonSteps steps, int step) {
        if (steps.isEmpty()) {
            return LessonPrograms.read(steps.lessonId() + "-example.py");
        }
        return LessonPrograms.read(steps.step(steps.clamp(step)).program());
    }
}
