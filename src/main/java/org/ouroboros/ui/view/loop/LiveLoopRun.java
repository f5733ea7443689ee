package org.ouroboros.ui.view.loop;

import java.io.StringWriter;
import java.util.function.Consumer;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.aio.GatedStepper;
import org.ouroboros.aio.LoopStepper;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.run.PythonRunner;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * One program run with its event loop paced from the UI: free, slowed, or gated one iteration
 * at a time ({@link #step()}). It runs on its own thread (never the FX thread); the trace so far
 * can be read at any time with {@link #snapshot()}, and {@code onDone} gets the final trace.
 */
final class LiveLoopRun {
    private final LiveTraceSink sink = new LiveTraceSink(PythonRunner.DEFAULT_TRACE_CAP);
    private final GatedStepper gate = new GatedStepper();
    private final Vm vm;
    private final Thread thread;
    private volatile boolean finished;
    private volatile String failure = "";

    LiveLoopRun(String source, LiveMode mode, Consumer<LiveLoopRun> onDone) {
        LoopStepper stepper = switch (mode) {
            case LIVE -> LoopStepper.FREE_RUNNING;
            case SLOW -> LoopStepper.slowed(LiveMode.SLOW_MILLIS);
            case STEP -> gate;
        };
        vm = Vm.builder()
                .stdout(new StringWriter())
                .stderr(new StringWriter())
                .trace(sink, TraceLevel.COARSE)
                .stepBudget(PythonRunner.DEFAULT_STEP_BUDGET)
                .with(AioSettings.class, AioSettings.defaults().withStepper(stepper))
                .build();
        thread = new Thread(null, () -> {
            try {
                RunResult r = vm.runHere(source, "untitled.py");
                if (r.exitCode() != 0 && r.errorText() != null) {
                    String text = r.errorText().strip();
                    failure = text.substring(text.lastIndexOf('\n') + 1);
                }
            } catch (RuntimeException | Error e) {
                failure = String.valueOf(e.getMessage());
            } finally {
                finished = true;
                onDone.accept(this);
            }
        }, "live-loop-run", Vm.PYTHON_STACK_BYTES);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Lets one more loop iteration start (in {@link LiveMode#STEP}). */
    void step() {
        gate.step();
    }

    /** The iteration the loop is waiting to start, or -1. */
    long waitingAt() {
        return gate.waitingAt();
    }

    /** Stops the program at its next check point (and a loop waiting for a step at once). */
    void stop() {
        vm.cancel();
        thread.interrupt();
    }

    boolean finished() {
        return finished;
    }

    String failure() {
        return failure;
    }

    int size() {
        return sink.size();
    }

    Trace snapshot() {
        return sink.snapshot();
    }
}
