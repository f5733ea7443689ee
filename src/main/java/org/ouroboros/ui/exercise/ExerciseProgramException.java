package org.ouroboros.ui.exercise;

/** An exercise's own program did not run as the exercise needs: a content mistake, not the learner's. */
public final class ExerciseProgramException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExerciseProgramException(String message) {
        super(message);
    }
}
