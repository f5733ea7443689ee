package org.ouroboros.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;
import org.ouroboros.trace.Trace;
import org.ouroboros.vm.Vm;

class PythonRunnerTest {
    private static RunReport run(PythonRunner runner, String source) throws Exception {
        return runAsync(runner, new RunRequest(source, RunRequest.EDITOR_FILENAME), new StopSwitch())
                .get(30, TimeUnit.SECONDS);
    }

    /** On a deep-stack thread, as the controller does. */
    private static CompletableFuture<RunReport> runAsync(PythonRunner runner, RunRequest request, StopSwitch stop) {
        CompletableFuture<RunReport> result = new CompletableFuture<>();
        Thread thread = new Thread(null, () -> result.complete(runner.run(request, stop)), "test-run", Vm.PYTHON_STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static String output(Trace trace, boolean stderr) {
        return trace.events().stream()
                .filter(OutputWritten.class::isInstance).map(OutputWritten.class::cast)
                .filter(w -> w.stderr() == stderr)
                .map(OutputWritten::text).collect(Collectors.joining());
    }

    /** A seed block ({@code ch3_2.py}) or its golden ({@code ch3_2.out}). */
    static String seed(String name) throws IOException {
        if (name.endsWith(".py")) {
            return org.ouroboros.SeedBlocks.source(name);
        }
        try (InputStream in = PythonRunnerTest.class.getResourceAsStream("/seed/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void seedSuperExampleCompletesWithItsOutputInTheTrace() throws Exception {
        RunReport report = run(new PythonRunner(), seed("ch3_2.py"));
        assertEquals(new RunOutcome.Completed(0), report.outcome());
        String expected = seed("ch3_2.out").replaceAll("0x[0-9a-f]+", "ADDR");
        assertEquals(expected, output(report.trace(), false).replaceAll("0x[0-9a-f]+", "ADDR"));
        assertEquals("", report.errorText());
    }

    @Test
    void syntaxErrorIsReportedWithCPythonPositionAndPrintedToStderr() throws Exception {
        RunReport report = run(new PythonRunner(), "x = 1\ndef f(:\n    pass\n");
        RunOutcome.SyntaxProblem syntax = assertInstanceOf(RunOutcome.SyntaxProblem.class, report.outcome());
        assertEquals("SyntaxError", syntax.kind());
        assertEquals("invalid syntax", syntax.message());
        assertEquals(2, syntax.line());
        assertEquals(7, syntax.column());
        // What python3 prints for the same file, with our filename.
        assertEquals("  File \"untitled.py\", line 2\n    def f(:\n          ^\nSyntaxError: invalid syntax\n",
                output(report.trace(), true));
        assertEquals(report.errorText(), output(report.trace(), true));
    }

    @Test
    void uncaughtExceptionGivesTheInnermostLineOfTheFile() throws Exception {
        RunReport report = run(new PythonRunner(), "def f():\n    return 1 / 0\n\nprint('before')\nf()\n");
        assertEquals(new RunOutcome.Raised("ZeroDivisionError: division by zero", 2), report.outcome());
        assertEquals("before\n", output(report.trace(), false));
        String stderr = output(report.trace(), true);
        assertTrue(stderr.startsWith("Traceback (most recent call last):\n  File \"untitled.py\", line 5, in <module>"), stderr);
        assertTrue(stderr.endsWith("ZeroDivisionError: division by zero\n"), stderr);
        assertTrue(stderr.contains("line 2, in f\n    return 1 / 0\n           ~~^~~\n"), "source lines and carets: " + stderr);
    }

    @Test
    void stepBudgetEndsAnEndlessLoopWithTheVmMessage() throws Exception {
        RunReport report = run(new PythonRunner(10_000, 1_000), "while True:\n    pass\n");
        RunOutcome.LimitReached limit = assertInstanceOf(RunOutcome.LimitReached.class, report.outcome());
        assertTrue(limit.message().matches("step budget of 10000 exceeded \\(line [12]\\)"), limit.message());
    }

    @Test
    void traceIsCappedWithTheTruncationMarker() throws Exception {
        RunReport report = run(new PythonRunner(100_000, 50), "for i in range(1000):\n    x = i\n");
        assertEquals(new RunOutcome.Completed(0), report.outcome());
        assertTrue(report.trace().truncated());
        assertEquals(51, report.trace().size());
    }

    @Test
    void stopEndsAnEndlessLoopFromAnotherThread() throws Exception {
        StopSwitch stop = new StopSwitch();
        CompletableFuture<RunReport> running = runAsync(new PythonRunner(Long.MAX_VALUE, 1_000),
                new RunRequest("while True: pass\n", RunRequest.EDITOR_FILENAME), stop);
        Thread.sleep(200);
        assertTrue(!running.isDone(), "the loop runs until stopped");
        stop.stop();
        RunReport report = running.get(5, TimeUnit.SECONDS);
        assertEquals(new RunOutcome.Stopped(), report.outcome());
        assertEquals("ouroboros: run cancelled (line 1)\n", report.errorText());
    }

    @Test
    void exceptHandlersCannotSwallowStop() throws Exception {
        StopSwitch stop = new StopSwitch();
        String source = "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass\n";
        CompletableFuture<RunReport> running = runAsync(new PythonRunner(Long.MAX_VALUE, 1_000),
                new RunRequest(source, RunRequest.EDITOR_FILENAME), stop);
        Thread.sleep(200);
        stop.stop();
        assertEquals(new RunOutcome.Stopped(), running.get(5, TimeUnit.SECONDS).outcome());
    }

    @Test
    void stopCutsASleepShort() throws Exception {
        StopSwitch stop = new StopSwitch();
        CompletableFuture<RunReport> running = runAsync(new PythonRunner(),
                new RunRequest("import time\ntime.sleep(60)\nprint('woke')\n", RunRequest.EDITOR_FILENAME), stop);
        Thread.sleep(300);
        long stoppedAt = System.nanoTime();
        stop.stop();
        RunReport report = running.get(5, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - stoppedAt < TimeUnit.SECONDS.toNanos(2));
        assertEquals(new RunOutcome.Stopped(), report.outcome());
    }
}
