package org.ouroboros.vm;

/**
 * How a run ended: the process-style exit code (0 ok, 1 uncaught exception or error, else the
 * SystemExit code), the text printed to stderr for the failure (empty when none), and the number
 * of eval-breaker ticks the run took.
 */
public record RunResult(int exitCode, String errorText, long ticks) {
    public boolean ok() {
        return exitCode == 0;
    }
}
