package org.ouroboros.vm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code block of the course that has CPython 3.11 run goldens prints exactly what CPython
 * printed for it; a block without them yet (src/test/resources/seed/README.md) is reported as skipped.
 */
class SeedProgramsTest {
    static Stream<Path> seedBlocks() throws IOException {
        return GoldenRunner.programs("seed").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedBlocks")
    void seedBlockMatchesCPython(Path program) throws IOException {
        assumeTrue(GoldenRunner.hasGoldens(program), "no CPython run goldens for " + program.getFileName() + " yet");
        GoldenRunner.assertMatchesGolden(program);
    }
}
