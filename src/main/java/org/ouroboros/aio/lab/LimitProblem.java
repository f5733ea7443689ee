package org.ouroboros.aio.lab;

/** Why connections could not be opened or accepted, with the system's own message. */
public record LimitProblem(Kind kind, String message) {
    public enum Kind {
        /** "Too many open files": the per-process descriptor limit ({@code ulimit -n}). */
        FILE_DESCRIPTORS,
        /** "unable to create native thread": the thread or memory limit. */
        THREADS,
        /** Anything else (refused, reset). */
        OTHER
    }

    /** Classifies a failure message, or null when there is none. */
    public static LimitProblem of(String message) {
        if (message == null || message.isBlank()) {
            return null;
        }
        String m = message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("too many open files")) {
            return new LimitProblem(Kind.FILE_DESCRIPTORS, message);
        }
        if (m.contains("native thread")) {
            return new LimitProblem(Kind.THREADS, message);
        }
        return new LimitProblem(Kind.OTHER, message);
    }
}
