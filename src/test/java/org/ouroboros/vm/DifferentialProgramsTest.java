package org.ouroboros.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own programs covering issue 3's statement and protocol list: the VM must print what
 * CPython 3.11 printed (committed goldens), and, when a python3 is on PATH, what it prints now.
 */
class DifferentialProgramsTest {
    static Stream<Path> programs() throws IOException {
        return GoldenRunner.programs("programs").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesGolden(Path program) throws IOException {
        GoldenRunner.assertMatchesGolden(program);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesLiveCPython(Path program) throws Exception {
        Path python = python3();
        assumeTrue(python != null, "no python3 on PATH");
        Process p = new ProcessBuilder(python.toString(), program.getFileName().toString())
                .directory(program.getParent().toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "python3 timed out");
        assumeTrue(!err.contains("SyntaxWarning"), "CPython warned");
        GoldenRunner.Outcome vm = GoldenRunner.runOnVm(program);
        assertEquals(GoldenRunner.normalize(out), GoldenRunner.normalize(vm.out()), "stdout vs live CPython");
        assertEquals(p.exitValue(), vm.exit(), "exit status vs live CPython");
    }

    private static Path python3() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "python3");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
