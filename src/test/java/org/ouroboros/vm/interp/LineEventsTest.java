package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;

/**
 * The coarse trace without object events runs a faster loop that checks the line only where it
 * can change (line starts, jump targets, handlers, a generator's first instruction). It must
 * report exactly the lines, calls and returns the instruction-by-instruction loop (used when
 * object events are on) reports.
 */
class LineEventsTest {
    private static final String PROGRAM = String.join("\n",
            "def gen(n):",
            "    for i in range(n):",
            "        yield i",
            "    return 'done'",
            "def tricky(xs):",
            "    out = []",
            "    for x in xs:",
            "        if x == 2: continue",
            "        try:",
            "            if x == 3:",
            "                raise ValueError(x)",
            "            out.append(10 // x)",
            "        except ZeroDivisionError:",
            "            out.append('zero')",
            "        except ValueError as e:",
            "            out.append(repr(e))",
            "        finally:",
            "            out.append('f')",
            "        if x == 4: break",
            "    else:",
            "        out.append('no break')",
            "    while xs:",
            "        xs = xs[1:]",
            "    return out",
            "class Box:",
            "    def __init__(self, v): self.v = v",
            "    def __enter__(self): return self.v",
            "    def __exit__(self, *a): return True",
            "print(tricky([0, 1, 2, 3, 4, 5]), tricky([1]))",
            "print(list(gen(3)), [y * y for y in gen(2)])",
            "with Box(5) as v:",
            "    print(v); 1 / 0",
            "g = gen(2); next(g); g.close()",
            "print(sum(x for x in range(3) if x))",
            "");

    private static List<TraceEvent> executionEvents(boolean objectEvents) {
        TraceRecorder rec = new TraceRecorder();
        StringWriter out = new StringWriter();
        Vm.builder().stdout(out).stderr(out).trace(rec, TraceLevel.COARSE).objectEvents(objectEvents).build()
                .run(PROGRAM, "lines.py");
        return rec.finish().events().stream()
                .filter(e -> e instanceof ExecutionEvent.LineReached || e instanceof ExecutionEvent.FrameEntered
                        || e instanceof ExecutionEvent.FrameExited || e instanceof ExecutionEvent.ExceptionRaised
                        || e instanceof ExecutionEvent.OutputWritten)
                // Object events give objects their ids in another order: addresses may differ.
                .map(e -> e instanceof ExecutionEvent.FrameExited x ? new ExecutionEvent.FrameExited(x.thread(),
                        x.function(), x.depth(), x.valueRepr().replaceAll("0x[0-9a-f]+", "0x?"), x.raised()) : e)
                .toList();
    }

    @Test
    void theLineLoopReportsWhatTheInstructionLoopReports() {
        List<TraceEvent> lineLoop = executionEvents(false);
        assertTrue(lineLoop.size() > 100, "the program ran: " + lineLoop.size() + " events");
        assertTrue(lineLoop.contains(new ExecutionEvent.LineReached(0, "tricky", 14)));
        assertTrue(lineLoop.contains(new ExecutionEvent.LineReached(0, "tricky", 21)));
        assertEquals(executionEvents(true), lineLoop);
    }
}
