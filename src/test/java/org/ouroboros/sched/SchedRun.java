package org.ouroboros.sched;

import java.io.StringWriter;
import java.util.List;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** Runs a program on the VM under the scheduler and keeps its output and trace, for tests. */
record SchedRun(String stdout, String stderr, int exitCode, List<TraceEvent> events) {

    static SchedRun run(String source, SchedConfig config) {
        return run(source, config, TraceLevel.OFF);
    }

    static SchedRun run(String source, SchedConfig config, TraceLevel level) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        TraceRecorder recorder = new TraceRecorder(2_000_000);
        Vm.Builder b = Vm.builder().stdout(out).stderr(err).scheduler(config);
        if (level != TraceLevel.OFF) {
            b.trace(recorder, level);
        }
        RunResult r = b.build().run(source, "prog.py");
        return new SchedRun(out.toString(), err.toString(), r.exitCode(),
                level == TraceLevel.OFF ? List.of() : recorder.finish().events());
    }

    <T extends SchedEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    long total() {
        String[] lines = stdout.strip().split("\n");
        return Long.parseLong(lines[lines.length - 1].strip());
    }
}
