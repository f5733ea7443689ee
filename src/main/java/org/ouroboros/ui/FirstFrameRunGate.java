package org.ouroboros.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ouroboros.ui.run.ProgramRunner;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.run.RunRequest;
import org.ouroboros.ui.run.StopSwitch;

/**
 * Holds runs back until the main window's first frame is on screen: the open lesson step runs
 * its code at start-up, and on a 2-core machine that run (VM class loading, parsing, the
 * program) would otherwise compete with building the window. The run waits on its own worker
 * thread, never on the FX thread, and at most {@code maxWait}, so a window that never renders
 * cannot hold runs back for good.
 */
final class FirstFrameRunGate implements ProgramRunner {
    private final ProgramRunner runner;
    private final Duration maxWait;
    private final CountDownLatch open = new CountDownLatch(1);

    FirstFrameRunGate(ProgramRunner runner, Duration maxWait) {
        this.runner = Objects.requireNonNull(runner);
        this.maxWait = Objects.requireNonNull(maxWait);
    }

    /** Lets waiting and later runs go. Safe from any thread, any number of times. */
    void open() {
        open.countDown();
    }

    boolean isOpen() {
        return open.getCount() == 0;
    }

    @Override
    public RunReport run(RunRequest request, StopSwitch stop) {
        try {
            open.await(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // Stop interrupts the worker: run now, the program then ends at its first check point.
            Thread.currentThread().interrupt();
        }
        return runner.run(request, stop);
    }
}
