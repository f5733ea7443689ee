package org.ouroboros.ui.exercise;

import java.util.Objects;

/**
 * One "try it" exercise of a lesson: its number in the lesson (1-based) and what kind of answer
 * it asks for, with the kind's program and checking parameters.
 */
public record Exercise(String lessonId, int number, ExerciseKind kind) {
    public Exercise {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(kind, "kind");
        if (number < 1) {
            throw new IllegalArgumentException("exercise numbers start at 1: " + number);
        }
    }

    /** {@code <lesson>#<number>}: where drafts and cached solutions are filed. */
    public String key() {
        return lessonId + "#" + number;
    }
}
