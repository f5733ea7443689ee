package org.ouroboros.ui.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ouroboros.vm.RunResult;

/** Reads how a run ended from the VM's {@link RunResult} and the text it printed. */
final class Outcomes {
    /** The VM's prefix for its own messages (limits, internal errors), as opposed to Python's. */
    static final String VM_PREFIX = "ouroboros: ";
    private static final String INTERNAL_ERROR = VM_PREFIX + "internal error";
    private static final Pattern TRACEBACK_ENTRY = Pattern.compile("^  File \"(.*)\", line (\\d+)", Pattern.MULTILINE);

    private Outcomes() {}

    static RunOutcome classify(RunResult result, boolean stopRequested, String filename) {
        String text = result.errorText();
        if (stopRequested) {
            // Even if the program got to its end (a Stop cut its last sleep short), it did not run as written.
            return new RunOutcome.Stopped();
        }
        if (text.startsWith(INTERNAL_ERROR)) {
            return new RunOutcome.InternalError(firstLine(text.substring(VM_PREFIX.length())));
        }
        if (text.startsWith(VM_PREFIX)) {
            return new RunOutcome.LimitReached(firstLine(text.substring(VM_PREFIX.length())));
        }
        if (result.exitCode() != 0 && text.startsWith("Traceback")) {
            return new RunOutcome.Raised(lastLine(text), innermostLine(text, filename));
        }
        return new RunOutcome.Completed(result.exitCode());
    }

    /** The line of the last traceback entry in {@code filename}: where the exception started. */
    static int innermostLine(String traceback, String filename) {
        int line = -1;
        Matcher entry = TRACEBACK_ENTRY.matcher(traceback);
        while (entry.find()) {
            if (entry.group(1).equals(filename)) {
                line = Integer.parseInt(entry.group(2));
            }
        }
        return line;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String lastLine(String text) {
        String trimmed = text.stripTrailing();
        return trimmed.substring(trimmed.lastIndexOf('\n') + 1);
    }
}
