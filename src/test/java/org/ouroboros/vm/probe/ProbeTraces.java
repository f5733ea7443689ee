package org.ouroboros.vm.probe;

import java.io.StringWriter;
import java.util.List;
import org.ouroboros.trace.CreationEvent;
import org.ouroboros.trace.DispatchEvent;
import org.ouroboros.trace.LookupEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** Runs a program with the fine trace and keeps the probe events (lookup, dispatch, creation). */
final class ProbeTraces {
    private ProbeTraces() {}

    static List<TraceEvent> probes(String source) {
        TraceRecorder recorder = new TraceRecorder();
        StringWriter err = new StringWriter();
        Vm.builder().stdout(new StringWriter()).stderr(err).trace(recorder, TraceLevel.FINE).build()
                .run(source, "probe.py");
        if (!err.toString().isEmpty()) {
            throw new AssertionError("program failed: " + err);
        }
        return recorder.finish().events().stream()
                .filter(e -> e instanceof LookupEvent || e instanceof DispatchEvent || e instanceof CreationEvent)
                .toList();
    }
}
