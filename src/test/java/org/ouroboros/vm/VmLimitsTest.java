package org.ouroboros.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Budgets and limits end a run with a clear message; no Java exception ever reaches the user. */
class VmLimitsTest {
    private static RunResult run(String src, Vm.Builder b, StringWriter out, StringWriter err) {
        return b.stdout(out).stderr(err).build().run(src, "t.py");
    }

    @Test
    void stepBudgetStopsAnInfiniteLoop() {
        StringWriter err = new StringWriter();
        RunResult r = run("while True:\n    pass\n", Vm.builder().stepBudget(10_000), new StringWriter(), err);
        assertEquals(1, r.exitCode());
        assertEquals("ouroboros: step budget of 10000 exceeded (line 2)\n", err.toString());
    }

    @Test
    void exceptClauseCannotSwallowTheBudget() {
        StringWriter out = new StringWriter();
        RunResult r = run("try:\n    while True: pass\nexcept BaseException:\n    print('caught')\n",
                Vm.builder().stepBudget(1000), out, new StringWriter());
        assertEquals("", out.toString());
        assertEquals(1, r.exitCode());
    }

    @Test
    void recursionLimitRaisesRecursionError() {
        StringWriter out = new StringWriter();
        run("import sys\ndef f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n"
                + "    print(type(e).__name__, e, sys.getrecursionlimit())\n", Vm.builder(), out, new StringWriter());
        assertEquals("RecursionError maximum recursion depth exceeded 1000\n", out.toString());
    }

    @Test
    void objectBudgetStopsRunawayAllocation() {
        StringWriter err = new StringWriter();
        RunResult r = run("class A: pass\nkeep = []\nwhile True:\n    keep.append(A())\n",
                Vm.builder().objectBudget(5000), new StringWriter(), err);
        assertEquals(1, r.exitCode());
        assertTrue(err.toString().startsWith("ouroboros: object budget of 5000 objects exceeded"), err.toString());
    }

    @Test
    void exhaustedMemoryStopsTheRunAtItsNextCheckPoint() throws Exception {
        StringWriter err = new StringWriter();
        Vm vm = Vm.builder().stdout(new StringWriter()).stderr(err).build();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            vm.memoryExhausted(); // what MemoryWatch does when the heap stays full after a collection
        });
        watchdog.start();
        RunResult r = vm.run("keep = []\nwhile True:\n    keep.append(len(keep))\n", "t.py");
        watchdog.join();
        assertEquals(1, r.exitCode());
        assertTrue(err.toString().startsWith("ouroboros: memory budget exceeded"), err.toString());
        assertTrue(err.toString().contains("(line 3)") || err.toString().contains("(line 2)"), err.toString());
    }

    @Test
    void syntaxErrorIsPrintedLikeCPython() {
        StringWriter err = new StringWriter();
        RunResult r = run("x = (1,\n", Vm.builder(), new StringWriter(), err);
        assertEquals(1, r.exitCode());
        assertTrue(err.toString().startsWith("  File \"t.py\", line 1"), err.toString());
        assertTrue(err.toString().contains("SyntaxError: "), err.toString());
    }

    @Test
    void systemExitSetsTheExitCode() {
        RunResult r = run("import sys\nsys.exit(3)\n", Vm.builder(), new StringWriter(), new StringWriter());
        assertEquals(3, r.exitCode());
    }

    @Test
    void missingModulesSayWhichOne() {
        StringWriter err = new StringWriter();
        run("import tkinter\n", Vm.builder(), new StringWriter(), err);
        assertTrue(err.toString().endsWith("ModuleNotFoundError: No module named 'tkinter'\n"), err.toString());
    }

    @Test
    void cancelStopsARunningProgramFromAnotherThread() throws Exception {
        StringWriter err = new StringWriter();
        Vm vm = Vm.builder().stdout(new StringWriter()).stderr(err).build();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            vm.cancel();
        });
        canceller.start();
        RunResult r = vm.run("while True:\n    pass\n", "t.py");
        canceller.join();
        assertEquals(1, r.exitCode());
        assertTrue(err.toString().startsWith("ouroboros: run cancelled (line 2)"), err.toString());
    }
}
