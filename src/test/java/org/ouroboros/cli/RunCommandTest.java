package org.ouroboros.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ouroboros run} and {@code ouroboros mro} behave like python3 and explain C3. */
class RunCommandTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private static Result run(Object command, StringWriter out, StringWriter err, String... args) {
        int exit = new CommandLine(command).execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static Result runCommand(String... args) {
        RunCommand c = new RunCommand();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        c.out = out;
        c.err = err;
        return run(c, out, err, args);
    }

    @Test
    void dashCRunsCode() {
        Result r = runCommand("-c", "import sys\nprint(sys.argv, 6 * 7)", "x");
        assertEquals(0, r.exit());
        assertEquals("['-c', 'x'] 42\n", r.out());
    }

    @Test
    void uncaughtExceptionPrintsTracebackAndExitsOne() throws Exception {
        Path f = dir.resolve("boom.py");
        Files.writeString(f, "def f():\n    return 1 / 0\nf()\n");
        Result r = runCommand(f.toString());
        assertEquals(1, r.exit());
        assertEquals("Traceback (most recent call last):\n  File \"" + f.toAbsolutePath() + "\", line 3, in <module>\n"
                + "    f()\n  File \"" + f.toAbsolutePath() + "\", line 2, in f\n    return 1 / 0\n           ~~^~~\n"
                + "ZeroDivisionError: division by zero\n", r.err());
    }

    @Test
    void disPrintsTheListing() {
        Result r = runCommand("--dis", "-c", "x = 1");
        assertTrue(r.out().contains("LOAD_CONST               0 (1)"), r.out());
        assertTrue(r.out().contains("STORE_NAME               0 (x)"), r.out());
    }

    @Test
    void mroShowsSimionatoSteps() throws Exception {
        Path f = dir.resolve("m.py");
        Files.writeString(f, "class A: pass\nclass B: pass\nclass C(A, B): pass\n");
        MroCommand c = new MroCommand();
        StringWriter out = new StringWriter();
        c.out = out;
        Result r = run(c, out, new StringWriter(), f.toString(), "C");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("L[C] = C + merge(L[A], L[B], [A, B])\n"
                + "     = C + merge([A, object], [B, object], [A, B])\n"), r.out());
        assertTrue(r.out().endsWith("     = [C, A, B, object]\n"), r.out());
    }

    @Test
    void mroReportsCPythonsError() throws Exception {
        Path f = dir.resolve("bad.py");
        Files.writeString(f, "class A: pass\nclass B(A): pass\nclass C(A, B): pass\n");
        MroCommand c = new MroCommand();
        StringWriter out = new StringWriter();
        c.out = out;
        Result r = run(c, out, new StringWriter(), f.toString(), "C");
        assertEquals(1, r.exit());
        assertTrue(r.out().endsWith("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B\n"),
                r.out());
    }

    @Test
    void traceOptionWritesJson() throws Exception {
        Path out = dir.resolve("t.json");
        Result r = runCommand("--trace", out.toString(), "-c", "print('hi')");
        assertEquals(0, r.exit());
        String json = Files.readString(out);
        assertTrue(json.contains("\"kind\" : \"OutputWritten\"") && json.contains("\"text\" : \"hi\\n\""), json);
    }
}
