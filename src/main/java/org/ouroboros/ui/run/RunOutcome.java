package org.ouroboros.ui.run;

/** How a run ended, as far as the user is concerned. */
public sealed interface RunOutcome {
    /** The program ran to its end (exit code 0, or the code it passed to {@code sys.exit}). */
    record Completed(int exitCode) implements RunOutcome {}

    /**
     * The source did not compile. Positions as CPython reports them: 1-based line, 1-based
     * column ({@code offset}), and an exclusive end column that is 0 or less when unknown.
     */
    record SyntaxProblem(String kind, String message, int line, int column, int endLine, int endColumn)
            implements RunOutcome {}

    /**
     * An uncaught exception ended the run: {@code summary} is the traceback's last line
     * ({@code ZeroDivisionError: division by zero}), {@code line} the innermost line of the run's
     * own file in the traceback, or -1.
     */
    record Raised(String summary, int line) implements RunOutcome {}

    /** The user pressed Stop. */
    record Stopped() implements RunOutcome {}

    /** A VM limit (step budget, object budget) ended the run; {@code message} is the VM's text. */
    record LimitReached(String message) implements RunOutcome {}

    /** The VM itself failed; {@code message} says how (never a Java stack trace). */
    record InternalError(String message) implements RunOutcome {}
}
