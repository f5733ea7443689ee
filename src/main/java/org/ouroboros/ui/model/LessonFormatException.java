package org.ouroboros.ui.model;

/** A lesson's files break the format of {@code /work/team/plan7.md}; the message names the file, the step and the fix. */
public final class LessonFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LessonFormatException(String message) {
        super(message);
    }
}
