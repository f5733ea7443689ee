package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ouroboros.vm.interp.TemplateCompiler;

/**
 * The template compiler changes nothing a program can see: every corpus program, with every
 * function and loop compiled to JVM code before its first instruction runs (threshold 0),
 * prints what CPython printed. {@link DifferentialCorpusTest} checks the same programs
 * interpreted (most of their code runs too few times to be compiled by default).
 */
class CompiledCodeCorpusTest {
    private static final Duration PER_PROGRAM = Duration.ofSeconds(10);

    @TestFactory
    Stream<DynamicTest> compiledCodeMatchesCPythonGoldens() {
        return CorpusProgram.all().stream().map(program -> DynamicTest.dynamicTest("compiled " + program.displayName(),
                program.file().toUri(), () -> {
                    long failuresBefore = TemplateCompiler.failures();
                    ProgramOutput actual = EmbeddedVm.run(program.source(), program.fileName(), PER_PROGRAM,
                            vm -> vm.jitThreshold(0)).normalized();
                    DifferentialCorpusTest.assertSameOutput(program.expected().normalized(), actual, "compiled VM");
                    assertEquals(failuresBefore, TemplateCompiler.failures(), "code objects the compiler failed on");
                }));
    }
}
