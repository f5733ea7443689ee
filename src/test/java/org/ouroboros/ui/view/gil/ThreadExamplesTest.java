package org.ouroboros.ui.view.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.Trace;

/** The GIL timeline's examples reproduce the two classic demonstrations on the simulated scheduler. */
class ThreadExamplesTest {
    private static final SchedConfig TWO_CORES = SchedConfig.DEFAULT.withCores(2);

    private static String output(Trace trace) {
        StringBuilder sb = new StringBuilder();
        trace.events().forEach(e -> {
            if (e instanceof ExecutionEvent.OutputWritten w && !w.stderr()) {
                sb.append(w.text());
            }
        });
        return sb.toString();
    }

    private static double number(String text, String label) {
        Matcher m = Pattern.compile(Pattern.quote(label) + "[^0-9]*([0-9.]+)").matcher(text);
        assertTrue(m.find(), label + " in " + text);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void twoCpuBoundThreadsTakeTheSequentialTimeUnderTheGilAndHalfWithoutIt() {
        double gil = number(output(ThreadTraces.trace(ThreadExamples.CPU_BOUND, TWO_CORES, false)), "ratio:");
        double free = number(output(ThreadTraces.trace(ThreadExamples.CPU_BOUND, TWO_CORES.withMode(SchedConfig.Mode.FREE),
                false)), "ratio:");
        assertTrue(gil > 0.9 && gil < 1.2, "GIL: " + gil);
        assertTrue(free > 0.4 && free < 0.6, "free-threaded: " + free);
    }

    @Test
    void anIoThreadAnswersLateBesideACpuBoundOne() {
        String out = output(ThreadTraces.trace(ThreadExamples.CONVOY, TWO_CORES, false));
        double alone = number(out, "alone: mean response delay");
        double beside = number(out, "CPU-bound one: mean response delay");
        assertTrue(beside > alone + 1, "the convoy effect: " + out);
    }

    @Test
    void everyExampleLoads() {
        for (ThreadExamples e : ThreadExamples.values()) {
            assertTrue(e.source().contains("import threading"), e.name());
        }
        assertEquals(ThreadExamples.values().length, java.util.Arrays.stream(ThreadExamples.values())
                .map(ThreadExamples::fileName).distinct().count());
    }
}
