package org.ouroboros.ui.exercise;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.GeneratorEvent;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.run.PythonRunner;
import org.ouroboros.ui.run.RunOutcome;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.run.RunRequest;
import org.ouroboros.ui.run.StopSwitch;
import org.ouroboros.vm.Vm;

/**
 * Runs one program for the checker: on its own thread with a stack deep enough for Python
 * recursion, with a step budget and a wall-clock limit (a learner's endless loop ends as a
 * "timed out" run, never a hung checker). Safe to call from any thread except the FX thread
 * (it blocks until the run ends).
 */
public final class ProgramRuns {
    /** Eval-breaker ticks per run: room for the threads programs, a fraction of the editor's budget. */
    public static final long STEP_BUDGET = 20_000_000L;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    private static final int TRACE_CAP = 300_000;
    /** Characters of stdout kept per run: an endless print loop must not fill the memory before its budget ends it. */
    static final int OUTPUT_CAP = 1_000_000;

    private final PythonRunner runner;
    private final Duration timeout;

    public ProgramRuns() {
        this(STEP_BUDGET, DEFAULT_TIMEOUT);
    }

    public ProgramRuns(long stepBudget, Duration timeout) {
        this.runner = new PythonRunner(stepBudget, TRACE_CAP);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Runs {@code source} (tracebacks name it {@code filename}) with {@code settings}; blocks until it ends. */
    public ProgramRun run(String source, String filename, RunSettings settings) {
        CappedWriter out = new CappedWriter(OUTPUT_CAP);
        RunRequest request = new RunRequest(source, filename,
                builder -> settings.applyTo(builder).stdout(out).filterTrace(KEEP));
        StopSwitch stop = new StopSwitch();
        AtomicReference<RunReport> report = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                report.set(runner.run(request, stop));
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, "exercise-run", Vm.PYTHON_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean timedOut = false;
        try {
            thread.join(timeout.toMillis());
            if (thread.isAlive()) {
                timedOut = true;
                stop.stop();
                thread.join(5_000);
            }
        } catch (InterruptedException e) {
            stop.stop();
            Thread.currentThread().interrupt();
        }
        RunReport r = report.get();
        if (r == null) {
            String text = failure.get() != null
                    ? "ouroboros: internal error: " + failure.get() + "\n"
                    : "ouroboros: the run did not end\n";
            return new ProgramRun(out.toString(), new RunOutcome.InternalError(text.strip()), text, Trace.of(), timedOut);
        }
        return new ProgramRun(out.toString(), r.outcome(), r.errorText(), r.trace(), timedOut);
    }

    /** Keeps the first {@code cap} characters written, drops the rest. */
    static final class CappedWriter extends java.io.Writer {
        private final StringBuilder text = new StringBuilder();
        private final int cap;

        CappedWriter(int cap) {
            this.cap = cap;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            int room = Math.max(0, cap - text.length());
            text.append(buffer, offset, Math.min(room, length));
        }

        @Override
        public void flush() {
            // Nothing is buffered.
        }

        @Override
        public void close() {
            // Nothing to release.
        }

        @Override
        public synchronized String toString() {
            return text.toString();
        }
    }

    /** The events the checker reads: output, exceptions, calls, lock operations, deadlocks, delegation. */
    static final Predicate<TraceEvent> KEEP = e -> e instanceof ExecutionEvent.OutputWritten
            || e instanceof ExecutionEvent.ExceptionRaised
            || e instanceof ExecutionEvent.FrameEntered
            || e instanceof SchedEvent.PrimitiveOp
            || e instanceof SchedEvent.DeadlockDetected
            || e instanceof GeneratorEvent.GeneratorDelegating;
}
