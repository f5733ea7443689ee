package org.ouroboros.ui.run;

import java.time.Duration;
import org.ouroboros.trace.Trace;

/**
 * A finished run: what was run, its trace (coarse level, capped), how it ended, the text it
 * printed to stderr when it failed (a traceback, a SyntaxError, a limit message; empty when
 * it did not fail) and how long it took.
 */
public record RunReport(RunRequest request, Trace trace, RunOutcome outcome, String errorText, Duration elapsed) {}
