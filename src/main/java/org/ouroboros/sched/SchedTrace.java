package org.ouroboros.sched;

import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.vm.Vm;

/**
 * Sends scheduler events to the VM's trace sink whenever it accepts events, at every trace level:
 * {@code trace(sink, TraceLevel.OFF)} records the scheduler's timeline alone (no per-line
 * execution events), which is what long threaded runs want.
 */
final class SchedTrace {
    private final TraceSink sink;
    private final boolean wanted;

    SchedTrace(Vm vm) {
        this.sink = vm.traceSink();
        this.wanted = sink != TraceSink.NONE;
    }

    boolean on() {
        return wanted && sink.enabled();
    }

    void emit(SchedEvent e) {
        if (on()) {
            sink.emit(e);
        }
    }
}
