package org.ouroboros.ui.run;

import java.time.Duration;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.compiler.SourceError;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * Runs one program on a fresh VM with a coarse, capped trace and turns the result into a
 * {@link RunReport}. Blocking and JavaFX-free: call it on a worker thread whose stack is
 * {@link Vm#PYTHON_STACK_BYTES} deep (deep Python recursion is deep Java recursion).
 */
public final class PythonRunner implements ProgramRunner {
    /**
     * Eval-breaker ticks (loop iterations, calls) per run: about 5–10 s of a tight loop here,
     * room for the seed's million-iteration thread examples; Stop ends a run sooner.
     */
    public static final long DEFAULT_STEP_BUDGET = 50_000_000L;
    /** Events kept per run; the player shows "trace truncated" beyond this. */
    public static final int DEFAULT_TRACE_CAP = 200_000;

    private final long stepBudget;
    private final int traceCap;

    public PythonRunner() {
        this(DEFAULT_STEP_BUDGET, DEFAULT_TRACE_CAP);
    }

    public PythonRunner(long stepBudget, int traceCap) {
        this.stepBudget = stepBudget;
        this.traceCap = traceCap;
    }

    @Override
    public RunReport run(RunRequest request, StopSwitch stop) {
        long started = System.nanoTime();
        TraceRecorder recorder = new TraceRecorder(traceCap);
        Vm vm = request.vmSettings().apply(Vm.builder()
                .trace(recorder, TraceLevel.COARSE)
                .stepBudget(stepBudget))
                .build();
        stop.attach(vm, Thread.currentThread());
        CodeObject code;
        try {
            code = vm.compile(request.source(), request.filename());
        } catch (SourceError e) {
            // Compiling happens before the program (and its tracing) starts, so the runner
            // records the text the interpreter prints, as CPython would print it to stderr.
            String text = e.format();
            recorder.emit(new ExecutionEvent.OutputWritten(0, text, true));
            return new RunReport(request, recorder.finish(), syntaxProblem(e.error()), text, since(started));
        }
        RunResult result = vm.execute(code, request.filename());
        Thread.interrupted(); // a Stop may have interrupted this thread; the flag must not outlive the run
        RunOutcome outcome = Outcomes.classify(result, stop.isStopped(), request.filename());
        return new RunReport(request, recorder.finish(), outcome, result.errorText(), since(started));
    }

    private static RunOutcome.SyntaxProblem syntaxProblem(PySyntaxError error) {
        return new RunOutcome.SyntaxProblem(error.kind().name(), error.msg(), error.line(), error.col(),
                error.endLine(), error.endCol());
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
