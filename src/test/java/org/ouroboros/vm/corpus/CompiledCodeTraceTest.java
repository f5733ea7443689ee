package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ouroboros.aio.AioSettings;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * The coarse trace of a program is the same whether its code runs interpreted or compiled (the
 * compiled flavour that reports lines): same events, in the same order, for every corpus
 * program. The recorder keeps 20,000 events, so longer programs also check the switch to
 * untraced running when the trace stops recording. Compared are all events but the event loop's
 * and sockets' ({@link AioEvent}): those carry process-wide serial numbers that differ between
 * any two runs.
 */
class CompiledCodeTraceTest {
    private static final int CAP = 20_000;
    private static final java.util.regex.Pattern REAL_IO = java.util.regex.Pattern.compile(
            "socket|open_connection|start_server|create_server|create_connection|sock_");

    @TestFactory
    Stream<DynamicTest> compiledCodeTracesWhatTheInterpreterTraces() {
        return CorpusProgram.all().stream().map(program -> DynamicTest.dynamicTest("trace " + program.displayName(),
                program.file().toUri(), () -> {
                    assumeTrue(!REAL_IO.matcher(program.source()).find(),
                            "real sockets: which side runs first is the operating system's choice");
                    List<TraceEvent> interpreted = coarseTrace(program, Vm.JIT_OFF);
                    assumeTrue(interpreted.equals(coarseTrace(program, Vm.JIT_OFF)),
                            "the trace differs between two interpreted runs (the program reads the clock or races)");
                    List<TraceEvent> compiled = coarseTrace(program, 0);
                    assertEquals(interpreted.size(), compiled.size(), "number of events");
                    for (int i = 0; i < interpreted.size(); i++) {
                        assertEquals(interpreted.get(i), compiled.get(i), "event " + i);
                    }
                }));
    }

    private static List<TraceEvent> coarseTrace(CorpusProgram program, int jitThreshold) {
        TraceRecorder recorder = new TraceRecorder(CAP);
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).stepBudget(200_000_000L)
                .jitThreshold(jitThreshold).trace(recorder, TraceLevel.COARSE)
                .with(AioSettings.class, AioSettings.defaults().withVirtualTime(true)) // timers by the trace, not the clock
                .build()
                .run(program.source(), program.fileName());
        return recorder.finish().events().stream().filter(e -> !(e instanceof AioEvent)).toList();
    }
}
