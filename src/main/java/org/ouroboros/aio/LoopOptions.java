package org.ouroboros.aio;

import org.ouroboros.trace.TraceSink;

/**
 * How a loop runs: its clock, the gate before each iteration, and where its trace events go.
 *
 * @param clock real or virtual time
 * @param stepper free running, slowed, or stepped by a UI
 * @param sink receives {@link org.ouroboros.trace.AioEvent}s ({@link TraceSink#NONE} for none)
 */
public record LoopOptions(LoopClock clock, LoopStepper stepper, TraceSink sink) {
    /** Real time, free running, no trace. */
    public static LoopOptions defaults() {
        return new LoopOptions(LoopClock.real(), LoopStepper.FREE_RUNNING, TraceSink.NONE);
    }

    public LoopOptions withClock(LoopClock c) {
        return new LoopOptions(c, stepper, sink);
    }

    public LoopOptions withStepper(LoopStepper s) {
        return new LoopOptions(clock, s, sink);
    }

    public LoopOptions withSink(TraceSink s) {
        return new LoopOptions(clock, stepper, s);
    }
}
