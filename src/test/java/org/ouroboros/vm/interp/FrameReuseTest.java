package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.ouroboros.vm.StringWriterVm.outputOf;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;

/**
 * A plain call reuses the frame its function left at the same depth. Nothing of the earlier
 * call may show through: locals, cells, the stack, line and trace state all start fresh. The
 * expected text is CPython 3.11's output for the same program.
 */
class FrameReuseTest {
    @Test
    void aLocalBoundInTheLastCallIsUnboundInTheNext() {
        String program = "def f(flag):\n"
                + "    if flag:\n"
                + "        x = 'bound'\n"
                + "    return x\n"
                + "print(f(True))\n"
                + "try:\n"
                + "    f(False)\n"
                + "except UnboundLocalError as e:\n"
                + "    print(e)\n";
        assertEquals("bound\ncannot access local variable 'x' where it is not associated with a value\n", outputOf(program));
    }

    @Test
    void eachCallGetsItsOwnCells() {
        String program = "def make(n):\n"
                + "    def get():\n"
                + "        return n\n"
                + "    return get\n"
                + "gs = [make(i) for i in range(3)]\n"
                + "print([g() for g in gs])\n";
        assertEquals("[0, 1, 2]\n", outputOf(program));
    }

    @Test
    void recursionAndCallsAfterAnEscapedExceptionSeeTheirOwnArguments() {
        String program = "def fact(n):\n"
                + "    return 1 if n == 0 else n * fact(n - 1)\n"
                + "def boom(n):\n"
                + "    if n == 2:\n"
                + "        raise ValueError(n)\n"
                + "    return n\n"
                + "out = []\n"
                + "for i in range(4):\n"
                + "    try:\n"
                + "        out.append(boom(i))\n"
                + "    except ValueError as e:\n"
                + "        out.append(repr(e))\n"
                + "    out.append(fact(i))\n"
                + "print(out)\n";
        assertEquals("[0, 1, 1, 1, 'ValueError(2)', 2, 3, 6]\n", outputOf(program));
    }

    @Test
    void aReturnFromInsideALoopLeavesNothingForTheNextCall() {
        String program = "def first(xs):\n"
                + "    for x in xs:\n"
                + "        for y in xs:\n"
                + "            return x, y\n"
                + "print([first([i, i + 1]) for i in range(3)])\n";
        assertEquals("[(0, 0), (1, 1), (2, 2)]\n", outputOf(program));
    }

    @Test
    void repeatedCallsAreEachTracedWithTheirOwnLinesAndValues() {
        String program = "def f(k):\n"
                + "    if k:\n"
                + "        return k\n"
                + "    return None\n"
                + "for i in range(3):\n"
                + "    f(i)\n";
        TraceRecorder rec = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).trace(rec, TraceLevel.COARSE).build().run(program, "t.py");
        List<TraceEvent> inF = rec.finish().events().stream()
                .filter(e -> e instanceof ExecutionEvent.LineReached l && l.function().equals("f")
                        || e instanceof ExecutionEvent.FrameEntered || e instanceof ExecutionEvent.FrameExited x
                        && x.function().equals("f"))
                .toList();
        ExecutionEvent.FrameEntered enter = new ExecutionEvent.FrameEntered(0, "f", 1, 1);
        ExecutionEvent.LineReached def = new ExecutionEvent.LineReached(0, "f", 1);
        List<TraceEvent> expected = List.of(
                new ExecutionEvent.FrameEntered(0, "<module>", 0, 1),
                enter, def, new ExecutionEvent.LineReached(0, "f", 2), new ExecutionEvent.LineReached(0, "f", 4),
                new ExecutionEvent.FrameExited(0, "f", 1, "None", false),
                enter, def, new ExecutionEvent.LineReached(0, "f", 2), new ExecutionEvent.LineReached(0, "f", 3),
                new ExecutionEvent.FrameExited(0, "f", 1, "1", false),
                enter, def, new ExecutionEvent.LineReached(0, "f", 2), new ExecutionEvent.LineReached(0, "f", 3),
                new ExecutionEvent.FrameExited(0, "f", 1, "2", false));
        assertEquals(expected, inF);
    }
}
