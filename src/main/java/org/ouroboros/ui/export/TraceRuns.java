package org.ouroboros.ui.export;

import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.compiler.SourceError;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * Runs a program on a fresh VM for a view, at the trace level the view needs ({@link
 * TraceLevel#FINE} is recorded through {@link LeanFineSink}), on a thread with the Python stack.
 */
public final class TraceRuns {
    public static final long STEP_BUDGET = 50_000_000L;
    public static final int TRACE_CAP = 500_000;

    private TraceRuns() {}

    public static ProgramTrace run(String source, String filename, TraceLevel level) {
        return run(source, filename, level, UnaryOperator.identity());
    }

    /** As {@link #run(String, String, TraceLevel)}, with further VM settings (a scheduler, say). */
    public static ProgramTrace run(String source, String filename, TraceLevel level, UnaryOperator<Vm.Builder> settings) {
        TraceRecorder recorder = new TraceRecorder(TRACE_CAP);
        TraceSink sink = level == TraceLevel.FINE ? new LeanFineSink(recorder) : recorder;
        Writer out = new StringWriter();
        Vm vm = settings.apply(Vm.builder().stdout(out).stderr(new StringWriter()).trace(sink, level).objectEvents(true)
                .stepBudget(STEP_BUDGET)).build();
        CodeObject code;
        try {
            code = vm.compile(source, filename);
        } catch (SourceError e) {
            return new ProgramTrace(new Trace(List.of()), e.format(), e.error());
        }
        RunResult result = vm.runCompiled(code, filename);
        String error = result.errorText();
        return new ProgramTrace(recorder.finish(), error == null ? "" : error, null);
    }
}
