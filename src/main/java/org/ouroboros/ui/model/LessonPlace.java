package org.ouroboros.ui.model;

import java.util.Objects;

/** A step of a lesson: where the course is open. */
public record LessonPlace(Lesson lesson, int step) {
    public LessonPlace {
        Objects.requireNonNull(lesson);
        if (step < 1) {
            throw new IllegalArgumentException("steps count from 1: " + step);
        }
    }
}
