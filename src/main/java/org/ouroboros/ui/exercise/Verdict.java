package org.ouroboros.ui.exercise;

import java.util.List;

/**
 * The checker's decision on one answer.
 *
 * @param right whether the answer is accepted
 * @param solution what the VM computed (shown next to the learner's answer)
 * @param yours the learner's answer as lines (for code: what the learner's program printed)
 * @param problem Python-style error text of the learner's program (traceback, SyntaxError, limit,
 *     time out), or "" when it ran (or there was no program to run)
 * @param failedRun for code: the settings of the first run that did not pass, else null
 * @param unmet for code: the requirements the runs did not show
 */
public record Verdict(boolean right, Solution solution, List<String> yours, String problem, RunSettings failedRun,
        List<Requirement> unmet) {
    public Verdict {
        yours = List.copyOf(yours);
        unmet = List.copyOf(unmet);
    }

    static Verdict of(boolean right, Solution solution, List<String> yours) {
        return new Verdict(right, solution, yours, "", null, List.of());
    }
}
