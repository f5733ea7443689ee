package org.ouroboros.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ouroboros.SeedBlocks;

/**
 * Runs a {@code NAME.py} test resource on the VM and compares with the goldens CPython 3.11
 * produced for it: {@code NAME.out} (stdout), {@code NAME.err} (stderr, file paths relative),
 * {@code NAME.exit}. Object addresses are normalised ({@code 0x[0-9a-f]+} → {@code 0x…}) since
 * they differ between any two runs, even of CPython.
 */
final class GoldenRunner {
    private GoldenRunner() {}

    /** The programs of a test-resources folder; {@code "seed"} names the course's blocks (see {@link SeedBlocks}). */
    static List<Path> programs(String folder) throws IOException {
        if (folder.equals("seed")) {
            return SeedBlocks.blocks();
        }
        Path dir = Path.of("src/test/resources", folder);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    /** The programs of {@code folder} that have CPython run goldens (a seed block may have only front-end goldens). */
    static List<Path> programsWithGoldens(String folder) throws IOException {
        return programs(folder).stream().filter(GoldenRunner::hasGoldens).toList();
    }

    static boolean hasGoldens(Path program) {
        return Files.exists(sibling(program, ".out")) && Files.exists(sibling(program, ".exit"));
    }

    private static Path sibling(Path program, String extension) {
        if (program.toAbsolutePath().startsWith(SeedBlocks.programsDir())) {
            return SeedBlocks.golden(program, extension.substring(1));
        }
        String base = program.toString().substring(0, program.toString().length() - 3);
        return Path.of(base + extension);
    }

    static String normalize(String s) {
        return s.replaceAll("0x[0-9a-f]+", "0x…");
    }

    record Outcome(String out, String err, int exit) {}

    static Outcome runOnVm(Path program) throws IOException {
        String source = Files.readString(program, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RunResult r = Vm.builder().stdout(out).stderr(err).argv(List.of(program.getFileName().toString())).build()
                .run(source, program.getFileName().toString());
        return new Outcome(out.toString(), err.toString(), r.exitCode());
    }

    /** The goldens; {@code NAME.err} exists only when CPython wrote to stderr. */
    static Outcome golden(Path program) throws IOException {
        Path err = sibling(program, ".err");
        return new Outcome(Files.readString(sibling(program, ".out"), StandardCharsets.UTF_8),
                Files.exists(err) ? Files.readString(err, StandardCharsets.UTF_8) : "",
                Integer.parseInt(Files.readString(sibling(program, ".exit")).strip()));
    }

    static void assertMatchesGolden(Path program) throws IOException {
        Outcome expected = golden(program);
        Outcome actual = runOnVm(program);
        assertEquals(normalize(expected.out()), normalize(actual.out()), "stdout of " + program);
        assertEquals(normalize(expected.err()), normalize(actual.err()), "stderr of " + program);
        assertEquals(expected.exit(), actual.exit(), "exit status of " + program);
    }
}
