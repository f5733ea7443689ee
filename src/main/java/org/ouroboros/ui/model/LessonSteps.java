package org.ouroboros.ui.model;

import java.util.List;

/** A lesson's steps, in order; step {@code k} is {@code steps().get(k - 1)}. */
public record LessonSteps(String lessonId, List<LessonStep> steps) {

    public LessonSteps {
        steps = List.copyOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).number() != i + 1) {
                throw new IllegalArgumentException("step " + (i + 1) + " of " + lessonId + " is numbered " + steps.get(i).number());
            }
        }
    }

    public int size() {
        return steps.size();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Step {@code number} (from 1). */
    public LessonStep step(int number) {
        if (number < 1 || number > steps.size()) {
            throw new IndexOutOfBoundsException("lesson " + lessonId + " has steps 1.." + steps.size() + ", not " + number);
        }
        return steps.get(number - 1);
    }

    /** {@code number} moved into 1..size (1 for a lesson without steps). */
    public int clamp(int number) {
        return Math.max(1, Math.min(number, Math.max(1, steps.size())));
    }
}
