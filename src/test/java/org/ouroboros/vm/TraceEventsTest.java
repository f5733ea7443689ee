package org.ouroboros.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.DispatchEvent;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.LookupEvent;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.interp.TraceLevel;

/** What a run records at each trace level. */
class TraceEventsTest {
    private static List<TraceEvent> trace(String src, TraceLevel level) {
        TraceRecorder rec = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).trace(rec, level).build().run(src, "t.py");
        return rec.finish().events();
    }

    private static final String PROGRAM = "class A:\n    def hi(self):\n        return 'hi'\nclass B(A): pass\n"
            + "class V:\n    def __add__(self, o):\n        return 1\nb = B()\nprint(b.hi())\nV() + V()\n";

    @Test
    void coarseTraceHasLinesCallsOutputObjectsAndMroSteps() {
        List<TraceEvent> events = trace(PROGRAM, TraceLevel.COARSE);
        assertTrue(events.contains(new ExecutionEvent.LineReached(0, "<module>", 1)));
        assertTrue(events.contains(new ExecutionEvent.OutputWritten(0, "hi\n", false)));
        assertTrue(events.stream().anyMatch(e -> e instanceof ExecutionEvent.FrameEntered f && f.function().equals("A.hi")
                && f.depth() == 1));
        assertTrue(events.stream().anyMatch(e -> e instanceof ExecutionEvent.FrameExited f && f.function().equals("A.hi")
                && f.valueRepr().equals("'hi'")));
        assertTrue(events.stream().anyMatch(e -> e instanceof ExecutionEvent.ObjectCreated o && o.type().equals("B")));
        assertTrue(events.contains(new MroEvent.MergeFinished("B", List.of("B", "A", "object"))));
        assertTrue(events.stream().noneMatch(e -> e instanceof ExecutionEvent.InstructionExecuted));
        assertTrue(events.stream().noneMatch(e -> e instanceof LookupEvent));
    }

    @Test
    void fineTraceAddsInstructionsLookupsAndDispatch() {
        List<TraceEvent> events = trace(PROGRAM, TraceLevel.FINE);
        assertTrue(events.stream().anyMatch(e -> e instanceof ExecutionEvent.InstructionExecuted i
                && i.opname().equals("BINARY_OP") && i.argRepr().equals("+")));
        assertTrue(events.contains(new DispatchEvent.SpecialMethodCalled(0, "a + b", "__add__", "V",
                "found on V's MRO")));
        assertTrue(events.stream().anyMatch(e -> e instanceof LookupEvent.AttributeLookup l && l.name().equals("__add__")
                || e instanceof LookupEvent.AttributeLookup l2 && l2.name().equals("hi")
                        && l2.source().equals("non-data descriptor") && l2.foundIn().equals("A")), events.toString());
    }

    @Test
    void exceptionRaisedCarriesStrOfTheExceptionAsTheTracebackShowsIt() {
        List<TraceEvent> events = trace(String.join("\n",
                "for make in (lambda: 1 / 0, lambda: {}['k'], lambda: ValueError('a', 1), lambda: ValueError()):",
                "    try:",
                "        e = make()",
                "        raise e",
                "    except Exception:",
                "        pass",
                ""), TraceLevel.COARSE);
        List<String> messages = events.stream().filter(e -> e instanceof ExecutionEvent.ExceptionRaised)
                .map(e -> ((ExecutionEvent.ExceptionRaised) e).message()).distinct().toList();
        assertEquals(List.of("division by zero", "'k'", "('a', 1)", ""), messages);
    }

    @Test
    void tracingOffRecordsNothing() {
        TraceRecorder rec = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).trace(rec, TraceLevel.OFF).build().run(PROGRAM, "t.py");
        assertEquals(0, rec.size());
    }

    @Test
    void exceptionsAreRecordedWithTheirLine() {
        List<TraceEvent> events = trace("x = 1\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    pass\n", TraceLevel.COARSE);
        assertTrue(events.contains(new ExecutionEvent.ExceptionRaised(0, "ZeroDivisionError", "division by zero", 3)),
                events.toString());
    }

    @Test
    void superWalkIsRecordedAtTheFineLevel() {
        List<TraceEvent> events = trace("class A:\n    def f(self): return 'A'\nclass B(A):\n    def f(self): return super().f()\n"
                + "B().f()\n", TraceLevel.FINE);
        assertTrue(events.stream().anyMatch(e -> e instanceof LookupEvent.AttributeLookup l && l.name().equals("f")
                && l.source().equals("super() after B") && l.foundIn().equals("A")), events.toString());
    }
}
