package org.ouroboros.ui.run;

import java.time.Duration;
import org.ouroboros.trace.Trace;

/**
 * A finished run: which run it was ({@code runId}, given by the {@link RunController} that
 * started it; {@link #UNNUMBERED} from a runner called directly), what was run, its trace
 * (coarse level, capped), how it ended, the text it printed to stderr when it failed (a
 * traceback, a SyntaxError, a limit message; empty when it did not fail) and how long it took.
 */
public record RunReport(long runId, RunRequest request, Trace trace, RunOutcome outcome, String errorText,
        Duration elapsed) {
    /** The id of a report no controller has numbered (a runner's own result). */
    public static final long UNNUMBERED = 0;

    /** A runner's report, before the controller numbers it. */
    public RunReport(RunRequest request, Trace trace, RunOutcome outcome, String errorText, Duration elapsed) {
        this(UNNUMBERED, request, trace, outcome, errorText, elapsed);
    }

    /** This report as the report of run {@code id}. */
    public RunReport withRunId(long id) {
        return new RunReport(id, request, trace, outcome, errorText, elapsed);
    }
}
