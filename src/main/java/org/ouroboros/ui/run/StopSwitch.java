package org.ouroboros.ui.run;

import org.ouroboros.vm.VmLimitExceeded;
import org.ouroboros.vm.interp.EvalBreaker;
import org.ouroboros.vm.interp.Frame;
import org.ouroboros.vm.interp.ThreadState;

/**
 * Stops a run from another thread. The VM calls {@link #check} at every eval-breaker check
 * point (back edges, calls); once stopped, it throws the VM's own limit exception there, which
 * no Python {@code except} clause can catch, so the run ends with {@value #MESSAGE}. The thread
 * running the program is also interrupted, which cuts a {@code time.sleep} short.
 */
public final class StopSwitch implements EvalBreaker {
    /** The VM prints this as "ouroboros: stopped by user (line N)". */
    public static final String MESSAGE = "stopped by user";

    private volatile boolean stopped;
    private volatile Thread runner;

    /** Called on the thread about to run the program, before it starts. */
    void attach(Thread thread) {
        runner = thread;
    }

    /** Asks the run to stop at its next check point. Safe from any thread, any number of times. */
    public void stop() {
        stopped = true;
        Thread thread = runner;
        if (thread != null) {
            thread.interrupt();
        }
    }

    public boolean isStopped() {
        return stopped;
    }

    @Override
    public void check(ThreadState thread, Frame frame) {
        if (stopped) {
            throw new VmLimitExceeded(MESSAGE + " (line " + frame.line() + ")");
        }
    }
}
