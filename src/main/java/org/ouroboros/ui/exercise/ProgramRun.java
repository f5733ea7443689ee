package org.ouroboros.ui.exercise;

import java.util.List;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.run.RunOutcome;

/**
 * One finished exercise run: what it printed to stdout, how it ended, the error text it printed
 * (traceback, SyntaxError, limit message; "" when none), the facts its trace keeps, and whether
 * the checker's time limit ended it.
 */
public record ProgramRun(String stdout, RunOutcome outcome, String errorText, Trace trace, boolean timedOut) {

    /** Ran to its end with exit code 0. */
    public boolean completed() {
        return outcome instanceof RunOutcome.Completed c && c.exitCode() == 0;
    }

    /** The printed lines, without the trailing empty line after the last newline. */
    public List<String> lines() {
        return AnswerText.lines(stdout);
    }
}
