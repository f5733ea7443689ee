package org.ouroboros.sched;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed's chapter 5 (threads and processes) on the VM prints what CPython 3.11 printed, after
 * the normalisation described in {@code src/test/resources/seed/ch5/README.md}: addresses,
 * standard-library traceback frames, numbers within a tolerance (virtual vs wall-clock timings),
 * and sorted stdout for programs marked {@code # golden: unordered}.
 */
class SeedChapter5Test {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    @TestFactory
    Stream<DynamicTest> chapter5ProgramsPrintWhatCPythonPrints() throws IOException, URISyntaxException {
        List<Path> programs = org.ouroboros.SeedBlocks.chapter5();
        assertTrue(programs.size() >= 10);
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path program) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        String expectedOut = read(org.ouroboros.SeedBlocks.golden(program, "out"));
        String expectedErr = read(org.ouroboros.SeedBlocks.golden(program, "err"));
        int expectedExit = Integer.parseInt(read(org.ouroboros.SeedBlocks.golden(program, "exit")).strip());
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = org.ouroboros.vm.Vm.builder().stdout(out).stderr(err).build()
                .run(source, program.getFileName().toString()).exitCode();
        boolean unordered = source.startsWith("# golden: unordered");
        assertAll(
                () -> assertSameLines(lines(expectedOut, unordered), lines(out.toString(), unordered), "stdout"),
                () -> assertSameLines(stderrLines(expectedErr), stderrLines(err.toString()), "stderr"),
                () -> assertEquals(expectedExit, exit, "exit code; stderr: " + err));
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(String text, boolean sorted) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.replaceAll("0x[0-9a-f]+", "0xADDR").split("\n", -1)));
        if (sorted) {
            lines.sort(null);
        }
        return lines;
    }

    /** Drops frames inside the standard library (CPython's lib/python3.11 files, the VM's frozen modules). */
    static List<String> stderrLines(String text) {
        List<String> kept = new ArrayList<>();
        boolean skipping = false;
        for (String line : lines(text, false)) {
            if (line.startsWith("  File \"")) {
                skipping = line.contains("/lib/python3.") || line.startsWith("  File \"<frozen ");
                if (skipping) {
                    continue;
                }
            } else if (skipping && line.startsWith("    ")) {
                continue;
            } else {
                skipping = false;
            }
            kept.add(line);
        }
        return kept;
    }

    private static void assertSameLines(List<String> expected, List<String> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + " line count: expected " + expected + " but was " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(sameWithinTolerance(expected.get(i), actual.get(i)),
                    what + " line " + (i + 1) + ": expected <" + expected.get(i) + "> but was <" + actual.get(i) + ">");
        }
    }

    /** Equal text, and numbers equal within 5 % or 0.05 (timings are virtual on the VM). */
    static boolean sameWithinTolerance(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        if (!NUMBER.matcher(expected).replaceAll("#").equals(NUMBER.matcher(actual).replaceAll("#"))) {
            return false;
        }
        Matcher e = NUMBER.matcher(expected);
        Matcher a = NUMBER.matcher(actual);
        while (e.find() && a.find()) {
            double x = Double.parseDouble(e.group());
            double y = Double.parseDouble(a.group());
            if (Math.abs(x - y) > Math.max(0.05, 0.05 * Math.abs(x))) {
                return false;
            }
        }
        return true;
    }
}
