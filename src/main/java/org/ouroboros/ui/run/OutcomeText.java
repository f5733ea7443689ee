package org.ouroboros.ui.run;

import java.util.Locale;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceTruncated;
import org.ouroboros.ui.i18n.I18n;

/** The one-line, translated summary of a run, and the style class that says how it went. */
record OutcomeText(String text, String styleClass) {
    static final String OK = "run-outcome-ok";
    static final String FAILED = "run-outcome-failed";
    static final String STOPPED = "run-outcome-stopped";

    static OutcomeText of(RunReport report, I18n i18n) {
        String seconds = String.format(Locale.ROOT, "%.2f", report.elapsed().toNanos() / 1e9);
        RunOutcome outcome = report.outcome();
        if (outcome instanceof RunOutcome.Completed completed) {
            return completed.exitCode() == 0
                    ? new OutcomeText(i18n.format("run.outcome.completed", seconds, String.valueOf(report.trace().size())), OK)
                    : new OutcomeText(i18n.format("run.outcome.exited", String.valueOf(completed.exitCode()), seconds), FAILED);
        }
        if (outcome instanceof RunOutcome.SyntaxProblem syntax) {
            return new OutcomeText(i18n.format("run.outcome.syntax", syntax.kind(), syntax.message(),
                    String.valueOf(syntax.line()), String.valueOf(syntax.column())), FAILED);
        }
        if (outcome instanceof RunOutcome.Raised raised) {
            return new OutcomeText(raised.line() > 0
                    ? i18n.format("run.outcome.raised", raised.summary(), String.valueOf(raised.line()))
                    : raised.summary(), FAILED);
        }
        if (outcome instanceof RunOutcome.Stopped) {
            return new OutcomeText(i18n.format("run.outcome.stopped", seconds), STOPPED);
        }
        if (outcome instanceof RunOutcome.LimitReached limit) {
            return new OutcomeText(i18n.format("run.outcome.limit", limit.message()), STOPPED);
        }
        RunOutcome.InternalError internal = (RunOutcome.InternalError) outcome;
        return new OutcomeText(i18n.format("run.outcome.internal", internal.message()), FAILED);
    }

    /** "Only the first N events were recorded", or null when the trace is complete. */
    static String truncation(Trace trace, I18n i18n) {
        if (!trace.truncated()) {
            return null;
        }
        int cap = ((TraceTruncated) trace.get(trace.size() - 1)).cap();
        return i18n.format("run.truncated", String.valueOf(cap));
    }
}
