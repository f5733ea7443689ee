package org.ouroboros.sched;

import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** Sends scheduler events to the VM's trace sink when tracing is on (coarse or fine). */
final class SchedTrace {
    private final TraceSink sink;
    private final boolean wanted;

    SchedTrace(Vm vm) {
        this.sink = vm.traceSink();
        this.wanted = vm.traceLevel() != TraceLevel.OFF;
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
