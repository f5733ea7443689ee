package org.ouroboros.vm.corpus;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.VmLimitExceeded;

/**
 * Runs a program in a fresh {@link Vm} the way {@code python3 FILE} would (output captured,
 * traceback on stderr, exit code) and never hangs the test run: past the deadline the VM's eval
 * breaker stops the program at its next check point, and a VM that reaches no check point is
 * abandoned and reported. A Java exception escaping the VM becomes a {@link VmFailure} that
 * names it, with its stack trace.
 */
public final class EmbeddedVm {
    /** Generous for corpus programs (all are small); a runaway loop hits it quickly. */
    private static final long STEP_BUDGET = 200_000_000L;
    private static final Duration GRACE = Duration.ofSeconds(2);

    private EmbeddedVm() {
    }

    /** Thrown when the VM itself misbehaves (hang, Java exception); the message says how. */
    public static final class VmFailure extends AssertionError {
        VmFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static ProgramOutput run(String source, String fileName, Duration timeout) {
        return run(source, fileName, timeout, java.util.function.UnaryOperator.identity());
    }

    /** As {@link #run(String, String, Duration)}, with more {@code settings} of the VM. */
    public static ProgramOutput run(String source, String fileName, Duration timeout,
            java.util.function.UnaryOperator<Vm.Builder> settings) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long deadline = System.nanoTime() + timeout.toNanos();
        Vm vm = settings.apply(Vm.builder())
                .stdout(out)
                .stderr(err)
                .stepBudget(STEP_BUDGET)
                .evalBreaker((thread, frame) -> {
                    if (System.nanoTime() > deadline) {
                        throw new VmLimitExceeded("corpus time limit of " + timeout.toSeconds() + " s exceeded");
                    }
                })
                .build();
        AtomicReference<RunResult> result = new AtomicReference<>();
        AtomicReference<Throwable> escaped = new AtomicReference<>();
        Thread python = new Thread(null, () -> {
            try {
                result.set(vm.runHere(source, fileName));
            } catch (Throwable t) {
                escaped.set(t);
            }
        }, "corpus-python-" + fileName, Vm.PYTHON_STACK_BYTES);
        python.setDaemon(true);
        python.start();
        try {
            python.join(timeout.plus(GRACE).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VmFailure("interrupted while waiting for " + fileName, e);
        }
        if (python.isAlive()) {
            throw new VmFailure(fileName + ": the VM did not finish within " + timeout.plus(GRACE).toSeconds()
                    + " s and reached no eval-breaker check point (hang inside the VM)", null);
        }
        if (escaped.get() != null) {
            Throwable t = escaped.get();
            throw new VmFailure(fileName + ": Java exception escaped the VM: " + t + "\n" + stackTrace(t), t);
        }
        RunResult r = result.get();
        if (r == null) {
            throw new VmFailure(fileName + ": the VM returned no RunResult", null);
        }
        return new ProgramOutput(out.toString(), err.toString(), r.exitCode());
    }

    private static String stackTrace(Throwable t) {
        StringWriter text = new StringWriter();
        t.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
