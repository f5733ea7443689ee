package org.ouroboros.ui.lecture;

/** A {@code .ouro} file that cannot be opened, and why, in words the app can translate. */
public final class LectureFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What is wrong, coarse enough to tell the user what to do. */
    public enum Problem {
        /** Not a lecture file at all (no or a foreign {@code format=} line, not UTF-8 text). */
        NOT_A_LECTURE,
        /** Written by a newer Ouroboros, with a format version this one does not know. */
        NEWER_VERSION,
        /** A lecture file with a missing or unreadable entry. */
        DAMAGED
    }

    private final Problem problem;
    private final String detail;

    public LectureFormatException(Problem problem, String detail) {
        super(problem + ": " + detail);
        this.problem = problem;
        this.detail = detail;
    }

    public Problem problem() {
        return problem;
    }

    /** The offending entry or value, for the message shown to the user. */
    public String detail() {
        return detail;
    }
}
