package org.ouroboros.ui.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ouroboros.trace.Trace;
import org.ouroboros.vm.Vm;

/**
 * Runs programs one at a time off the FX thread and publishes each {@link RunReport} on it.
 * Confined to the FX thread (or the thread behind {@code fxExecutor} in tests).
 *
 * <p>Each run gets its own daemon thread with the VM's deep stack. {@link #stop()} flips the
 * run's {@link StopSwitch}. A program stuck inside one long built-in call (no check point for
 * a while) gets a grace period ({@link #STOP_GRACE}) to notice; after it the controller reports
 * the run stopped and lets its thread finish unobserved, so the UI is never held hostage.
 *
 * <p>Every run gets an id (1, 2, 3, … per controller) that its report carries: whoever starts a
 * run waits for that id, not for a report that merely looks like its run (two steps may run one
 * program with different settings).
 */
public final class RunController {
    public static final Duration STOP_GRACE = Duration.ofSeconds(3);

    private final ProgramRunner runner;
    private final Executor fxExecutor;
    private final Duration stopGrace;
    /** The last run id given out (FX-thread confined, like the rest). */
    private long lastRunId;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyObjectWrapper<RunReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ReadOnlyObjectWrapper<RunRequest> currentRequest = new ReadOnlyObjectWrapper<>(this, "currentRequest");
    private ActiveRun active;

    /** @param fxExecutor where reports are published: {@code Platform::runLater} in the app */
    public RunController(ProgramRunner runner, Executor fxExecutor) {
        this(runner, fxExecutor, STOP_GRACE);
    }

    public RunController(ProgramRunner runner, Executor fxExecutor, Duration stopGrace) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.fxExecutor = Objects.requireNonNull(fxExecutor, "fxExecutor");
        this.stopGrace = Objects.requireNonNull(stopGrace, "stopGrace");
    }

    /**
     * Starts {@code request} and returns its run id, which its {@link RunReport} carries; empty
     * (and nothing happens) while another run is in progress.
     */
    public OptionalLong run(RunRequest request) {
        if (active != null) {
            return OptionalLong.empty();
        }
        ActiveRun run = new ActiveRun(++lastRunId, request, new StopSwitch(), System.nanoTime());
        active = run;
        currentRequest.set(request);
        running.set(true);
        Thread thread = new Thread(null, () -> work(run), "ouroboros-run-" + run.id, Vm.PYTHON_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return OptionalLong.of(run.id);
    }

    /** The id of the run in progress, or empty. */
    public OptionalLong currentRunId() {
        return active == null ? OptionalLong.empty() : OptionalLong.of(active.id);
    }

    /** Stops the current run, if any; its report (outcome {@link RunOutcome.Stopped}) follows. */
    public void stop() {
        ActiveRun run = active;
        if (run == null || run.stop.isStopped()) {
            return;
        }
        run.stop.stop();
        Executor later = CompletableFuture.delayedExecutor(stopGrace.toMillis(), TimeUnit.MILLISECONDS, fxExecutor);
        later.execute(() -> {
            if (active == run) {
                finish(run, new RunReport(run.request, new Trace(List.of()), new RunOutcome.Stopped(),
                        "", Duration.ofNanos(System.nanoTime() - run.startNanos)));
            }
        });
    }

    private void work(ActiveRun run) {
        RunReport report;
        try {
            report = runner.run(run.request, run.stop);
        } catch (RuntimeException | Error e) {
            // The VM reports its own failures; this is the last line of defence, not the usual path.
            report = new RunReport(run.request, new Trace(List.of()),
                    new RunOutcome.InternalError(String.valueOf(e)), "", Duration.ofNanos(System.nanoTime() - run.startNanos));
        }
        RunReport done = report;
        fxExecutor.execute(() -> {
            if (active == run) {
                finish(run, done);
            }
        });
    }

    private void finish(ActiveRun run, RunReport report) {
        active = null;
        currentRequest.set(null);
        lastReport.set(report.withRunId(run.id));
        running.set(false);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** The latest finished run; listeners see it before {@link #runningProperty()} turns false. */
    public ReadOnlyObjectProperty<RunReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    public RunReport getLastReport() {
        return lastReport.get();
    }

    /** What is running now, or null. */
    public ReadOnlyObjectProperty<RunRequest> currentRequestProperty() {
        return currentRequest.getReadOnlyProperty();
    }

    private record ActiveRun(long id, RunRequest request, StopSwitch stop, long startNanos) {}
}
