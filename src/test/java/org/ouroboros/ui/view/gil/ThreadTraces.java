package org.ouroboros.ui.view.gil;

import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.run.PythonRunner;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.run.RunRequest;
import org.ouroboros.ui.run.StopSwitch;
import org.ouroboros.vm.Vm;
import org.ouroboros.ui.view.threads.ThreadsRunSettings;

/** Runs the threads examples on the real VM and scheduler, as the app's Run does, on a big-stack thread. */
public final class ThreadTraces {
    private ThreadTraces() {}

    /** Runs {@code source} as the threads lesson does: scheduler events, output, and every bytecode when asked. */
    public static RunReport run(String source, SchedConfig config, boolean bytecodes) {
        RunReport[] report = new RunReport[1];
        RunRequest request = RunRequest.fromEditor(source, java.util.Optional.empty())
                .withVmSettings(new ThreadsRunSettings(config, bytecodes));
        Thread worker = new Thread(null, () -> report[0] = new PythonRunner().run(request, new StopSwitch()),
                "thread-traces", Vm.PYTHON_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return report[0];
    }

    public static Trace trace(ThreadExamples example, SchedConfig config, boolean bytecodes) {
        return run(example.source(), config, bytecodes).trace();
    }
}
