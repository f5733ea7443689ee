package org.ouroboros.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.interp.TraceLevel;

/** The coarse trace follows the learner's code: bundled library modules add no lines or exceptions. */
class LibraryFramesTest {
    private static final String PROGRAM = """
            import threading
            def work():
                print("working")
            t = threading.Thread(target=work)
            t.start()
            t.join()
            try:
                raise ValueError("mine")
            except ValueError:
                pass
            """;

    private static Trace trace(StringWriter out) {
        TraceRecorder recorder = new TraceRecorder();
        RunResult r = Vm.builder().stdout(out).trace(recorder, TraceLevel.COARSE).build().run(PROGRAM, "lib.py");
        assertEquals(0, r.exitCode());
        return recorder.finish();
    }

    @Test
    void onlyTheProgramsOwnLinesAndExceptionsAreRecorded() {
        StringWriter out = new StringWriter();
        Trace t = trace(out);
        assertEquals("working\n", out.toString());
        List<String> frames = t.events().stream().filter(e -> e instanceof ExecutionEvent.FrameEntered)
                .map(e -> ((ExecutionEvent.FrameEntered) e).function()).distinct().toList();
        assertTrue(frames.containsAll(List.of("<module>", "work", "Thread.start")), frames.toString());
        List<String> raised = t.events().stream().filter(e -> e instanceof ExecutionEvent.ExceptionRaised)
                .map(e -> ((ExecutionEvent.ExceptionRaised) e).type()).toList();
        assertEquals(List.of("ValueError"), raised, "threading's internal AttributeErrors stay out of the trace");
        assertTrue(t.events().stream().filter(e -> e instanceof ExecutionEvent.LineReached)
                .allMatch(e -> List.of("<module>", "work").contains(((ExecutionEvent.LineReached) e).function())));
    }
}
