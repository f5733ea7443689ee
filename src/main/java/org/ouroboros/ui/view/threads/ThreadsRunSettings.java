package org.ouroboros.ui.view.threads;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * How the threads lesson runs a program: on the scheduler with the knobs' settings, recording
 * the scheduler's events, output, exceptions and calls (not every line: the seed's loops run a
 * million times), plus every bytecode when the race view needs it. Immutable, so a worker
 * thread can apply it while the FX thread moves on.
 */
public record ThreadsRunSettings(SchedConfig config, boolean bytecodes) implements UnaryOperator<Vm.Builder> {

    @Override
    public Vm.Builder apply(Vm.Builder builder) {
        return builder.scheduler(config)
                .traceLevel(bytecodes ? TraceLevel.FINE : TraceLevel.COARSE)
                .filterTrace(keep(bytecodes));
    }

    /** The events the threads views (and the execution tab's output) need. */
    public static Predicate<TraceEvent> keep(boolean bytecodes) {
        return e -> e instanceof SchedEvent s ? bytecodes || !(s instanceof SchedEvent.BytecodeStep)
                : e instanceof ExecutionEvent.OutputWritten || e instanceof ExecutionEvent.ExceptionRaised
                        || e instanceof ExecutionEvent.FrameEntered || e instanceof ExecutionEvent.FrameExited;
    }
}
