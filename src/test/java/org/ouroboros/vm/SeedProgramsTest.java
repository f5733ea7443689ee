package org.ouroboros.vm;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every code block of the course's chapters 1–4 and 6 prints exactly what CPython 3.11 printed for it. */
class SeedProgramsTest {
    static Stream<Path> seedBlocks() throws IOException {
        return GoldenRunner.programs("seed").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedBlocks")
    void seedBlockMatchesCPython(Path program) throws IOException {
        GoldenRunner.assertMatchesGolden(program);
    }
}
