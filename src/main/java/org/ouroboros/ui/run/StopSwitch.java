package org.ouroboros.ui.run;

import org.ouroboros.vm.Vm;

/**
 * Stops a run from another thread, through the VM's own {@link Vm#cancel()}: the program ends
 * at its next eval-breaker check point (a loop's back edge, a call) with the VM's
 * "run cancelled" message, which no Python {@code except} clause can catch. The thread running
 * the program is also interrupted, which cuts a {@code time.sleep} short. Stop may come before
 * the VM exists; it then takes effect as soon as the run attaches.
 */
public final class StopSwitch {
    private volatile boolean stopped;
    private Vm vm;
    private Thread runner;

    /** Called on the thread about to run the program on {@code machine}, before it starts. */
    synchronized void attach(Vm machine, Thread thread) {
        vm = machine;
        runner = thread;
        if (stopped) {
            machine.cancel();
        }
    }

    /** Asks the run to stop at its next check point. Safe from any thread, any number of times. */
    public synchronized void stop() {
        stopped = true;
        if (vm != null) {
            vm.cancel();
        }
        if (runner != null) {
            runner.interrupt();
        }
    }

    public boolean isStopped() {
        return stopped;
    }
}
