package org.ouroboros.aio;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;

/**
 * The course's asyncio and socket programs ({@code src/test/resources/aio/*.py}) print on the VM
 * what CPython 3.11 printed (goldens from {@code src/test/tools/make_aio_goldens.py}, run
 * against a Python twin of the demo internet). Comparison, after CPython's own nondeterminism:
 * <ul>
 *   <li>stdout line by line; object addresses {@code 0x…} are equal; a line that is a number on
 *       both sides (the course's {@code print(time.time()-start_time)}) matches within
 *       {@link #TIMING_TOLERANCE} s or 15 %, whichever is larger;</li>
 *   <li>stderr: only the exception lines ({@code KeyboardInterrupt},
 *       {@code AttributeError: ...}) in order, since tracebacks through asyncio's internals name
 *       CPython's library files, and "Task was destroyed but it is pending!" is CPython's garbage
 *       collector speaking at exit;</li>
 *   <li>the exit code (130 for a death by Ctrl+C).</li>
 * </ul>
 * A first line {@code # interrupt-after: S} presses Ctrl+C ({@link Vm#interrupt()}) after S seconds.
 */
class AioProgramsTest {
    static final double TIMING_TOLERANCE = 0.35;
    private static final Pattern INTERRUPT = Pattern.compile("#\\s*interrupt-after:\\s*([0-9.]+)");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+\\.[0-9]+(e-?[0-9]+)?");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]+");

    @TestFactory
    Stream<DynamicTest> programsPrintWhatCPythonPrinted() throws IOException, URISyntaxException {
        Path dir = Path.of(AioProgramsTest.class.getResource("/aio").toURI());
        List<Path> programs;
        try (Stream<Path> files = Files.list(dir)) {
            programs = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String name = program.getFileName().toString();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm vm = Vm.builder().stdout(out).stderr(err).argv(List.of(name)).build();
        Matcher m = INTERRUPT.matcher(source.lines().findFirst().orElse(""));
        if (m.lookingAt()) {
            long millis = (long) (Double.parseDouble(m.group(1)) * 1000);
            Thread presser = new Thread(() -> {
                try {
                    Thread.sleep(millis);
                    vm.interrupt();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            presser.setDaemon(true);
            presser.start();
        }
        RunResult result = vm.run(source, name);
        String expectedOut = golden(program, ".out");
        String expectedErr = golden(program, ".err");
        int expectedExit = Integer.parseInt(golden(program, ".exit").trim());
        assertAll(
                () -> assertStdout(expectedOut, out.toString()),
                () -> assertEquals(exceptionLines(expectedErr), exceptionLines(err.toString()), "stderr exception lines; "
                        + "VM stderr was:\n" + err),
                () -> assertEquals(expectedExit, result.exitCode(), "exit code; stderr:\n" + err));
    }

    private static String golden(Path program, String suffix) throws IOException {
        Path p = Path.of(program.toString().replaceAll("\\.py$", suffix));
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }

    static void assertStdout(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        assertEquals(e.size(), a.size(), "stdout line count; VM printed:\n" + actual);
        for (int i = 0; i < e.size(); i++) {
            String x = ADDRESS.matcher(e.get(i)).replaceAll("0xADDR");
            String y = ADDRESS.matcher(a.get(i)).replaceAll("0xADDR");
            if (NUMBER.matcher(x).matches() && NUMBER.matcher(y).matches()) {
                double want = Double.parseDouble(x);
                double got = Double.parseDouble(y);
                double tolerance = Math.max(TIMING_TOLERANCE, 0.15 * want);
                assertTrue(Math.abs(want - got) <= tolerance, "line " + (i + 1) + ": timing " + got + " not within "
                        + tolerance + " of CPython's " + want);
            } else {
                assertEquals(x, y, "stdout line " + (i + 1));
            }
        }
    }

    /** The lines naming exceptions, without traceback frames and CPython's exit-time GC messages. */
    static List<String> exceptionLines(String stderr) {
        List<String> out = new ArrayList<>();
        for (String line : stderr.lines().toList()) {
            if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("Traceback (")
                    || line.startsWith("During handling of the above exception")
                    || line.startsWith("The above exception was the direct cause")
                    || line.startsWith("Task was destroyed but it is pending!") || line.startsWith("task: <Task")) {
                continue;
            }
            out.add(ADDRESS.matcher(line).replaceAll("0xADDR"));
        }
        return out;
    }
}
