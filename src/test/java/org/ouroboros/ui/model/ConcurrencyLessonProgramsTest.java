package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.run.PythonRunner;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.run.RunRequest;
import org.ouroboros.ui.run.StopSwitch;
import org.ouroboros.ui.view.threads.ThreadsRunSettings;
import org.ouroboros.vm.Vm;

/**
 * The lesson programs written for chapters 5–7 print on the VM what they print on CPython 3.11
 * (goldens in {@code src/test/resources/lessons/programs/}, see the README there): stdout line by
 * line with timings within 0.35 s, and the last line of stderr (the exception or warning, if any).
 */
class ConcurrencyLessonProgramsTest {
    private static final String GOLDENS = "/lessons/programs/";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");

    static Stream<String> programs() {
        return Stream.of(
                "threads-gil", "threads-race", "threads-lock-total", "threads-rlock", "threads-double-acquire",
                "threads-lost-notify",
                "coroutines-sync-downloads", "coroutines-send", "coroutines-delegating",
                "asyncio-example", "asyncio-wait-coroutines", "asyncio-wait-tasks", "asyncio-gather-groups", "asyncio-future-callback",
                "asyncio-cancel-as-written", "asyncio-cancel", "asyncio-nested", "asyncio-call-later",
                "asyncio-run-in-executor", "asyncio-lock-cache");
    }

    @ParameterizedTest
    @MethodSource("programs")
    void printsWhatCPythonPrints(String name) throws Exception {
        // As the app runs them: the threads lesson's programs on its scheduler settings (no line events).
        UnaryOperator<Vm.Builder> settings = name.startsWith("threads-")
                ? new ThreadsRunSettings(org.ouroboros.ui.view.threads.ThreadsIntegration.KNOBS_AT_START, false)
                : UnaryOperator.identity();
        Trace trace = run(new RunRequest(LessonPrograms.read(name + ".py").orElseThrow(), RunRequest.EDITOR_FILENAME, settings));
        List<String> expected = golden(name + ".out").lines().toList();
        List<String> actual = output(trace, false).lines().toList();
        assertEquals(expected.size(), actual.size(), name + " stdout:\n" + String.join("\n", actual)
                + "\nstderr:\n" + output(trace, true));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(sameLine(expected.get(i), actual.get(i)),
                    name + " line " + (i + 1) + ": CPython '" + expected.get(i) + "', VM '" + actual.get(i) + "'");
        }
        String err = goldenOrEmpty(name + ".err").strip();
        String stderr = output(trace, true);
        if (err.isEmpty()) {
            assertEquals("", stderr, name + " stderr");
        } else {
            assertTrue(stderr.contains(err), name + " stderr lacks '" + err + "':\n" + stderr);
        }
    }

    /** Equal, except that decimal numbers (timings) may differ by 0.35. */
    static boolean sameLine(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (!NUMBER.matcher(expected).replaceAll("N").equals(NUMBER.matcher(actual).replaceAll("N"))) {
            return false;
        }
        Matcher e = NUMBER.matcher(expected);
        Matcher a = NUMBER.matcher(actual);
        while (e.find() && a.find()) {
            if (Math.abs(Double.parseDouble(e.group()) - Double.parseDouble(a.group())) > 0.35) {
                return false;
            }
        }
        return true;
    }

    private static Trace run(RunRequest request) throws Exception {
        CompletableFuture<RunReport> report = new CompletableFuture<>();
        Thread runner = new Thread(null, () -> report.complete(new PythonRunner().run(request, new StopSwitch())),
                "lesson-program-run", Vm.PYTHON_STACK_BYTES);
        runner.setDaemon(true);
        runner.start();
        return report.get(120, TimeUnit.SECONDS).trace();
    }

    private static String output(Trace trace, boolean stderr) {
        return trace.events().stream().filter(OutputWritten.class::isInstance).map(OutputWritten.class::cast)
                .filter(w -> w.stderr() == stderr).map(OutputWritten::text).collect(Collectors.joining());
    }

    private static String golden(String file) {
        String text = goldenOrEmpty(file);
        assertTrue(!text.isEmpty() || file.endsWith(".out"), "missing golden " + file);
        return text;
    }

    private static String goldenOrEmpty(String file) {
        try (InputStream in = ConcurrencyLessonProgramsTest.class.getResourceAsStream(GOLDENS + file)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
