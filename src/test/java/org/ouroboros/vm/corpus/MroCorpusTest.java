package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * C3 exactly as CPython 3.11: for each random hierarchy the VM creates the classes, and the last
 * one's {@code __mro__} (and {@code mro()}) or the TypeError text, line break included, equals
 * what CPython produced.
 */
class MroCorpusTest {
    private static final Duration PER_CASE = Duration.ofSeconds(10);
    /** Re-checking every 16th golden against a live python3 keeps the check cheap (40 processes). */
    private static final int LIVE_SAMPLE_STRIDE = 16;

    @Test
    void theCorpusCoversWhatTheIssueAsksFor() {
        List<MroCase> cases = MroCase.all();
        long inconsistent = cases.stream().filter(c -> c.error() != null && c.error().startsWith("Cannot create")).count();
        long duplicate = cases.stream().filter(c -> c.error() != null && c.error().startsWith("duplicate base")).count();
        assertTrue(cases.size() >= 600, "at least 600 hierarchies, got " + cases.size());
        assertTrue(inconsistent >= 100, "at least 100 inconsistent hierarchies, got " + inconsistent);
        assertTrue(duplicate > 0, "some hierarchies with duplicate bases");
        assertTrue(cases.stream().allMatch(c -> c.classCount() >= 2 && c.classCount() <= 25), "2 to 25 classes each");
    }

    @TestFactory
    Stream<DynamicTest> vmComputesTheSameMroAsCPython() {
        return MroCase.all().stream().map(c -> DynamicTest.dynamicTest(
                c.id() + " " + c.shape() + " (" + c.classCount() + " classes)", () -> {
                    ProgramOutput actual = EmbeddedVm.run(c.probeProgram(), c.id() + ".py", PER_CASE);
                    assertEquals("", actual.stderr(), "VM stderr for\n" + c.probeProgram());
                    assertEquals(c.expectedOutput(), actual.stdout(), "VM result, "
                            + FirstDifference.describe(c.expectedOutput(), actual.stdout()) + ", for\n" + c.probeProgram());
                }));
    }

    @Test
    void vmBuildsTheThousandClassDagLikeCPython() throws IOException {
        Path folder = CorpusProgram.resourceFolder("mro");
        String source = Files.readString(folder.resolve("dag1000.py"), StandardCharsets.UTF_8);
        String expected = Files.readString(folder.resolve("dag1000.out"), StandardCharsets.UTF_8);
        ProgramOutput actual = EmbeddedVm.run(source, "dag1000.py", Duration.ofSeconds(30));
        assertEquals("", actual.stderr(), "VM stderr");
        assertEquals(expected, actual.stdout(), "VM output for the 1,000-class DAG");
    }

    @TestFactory
    Stream<DynamicTest> goldensAreWhatCPythonPrintsToday() {
        List<MroCase> cases = MroCase.all();
        return IntStream.range(0, cases.size()).filter(i -> i % LIVE_SAMPLE_STRIDE == 0).mapToObj(cases::get)
                .map(c -> DynamicTest.dynamicTest("cpython " + c.id(), () -> {
                    assumeTrue(CPython.version311().isPresent(), "no CPython 3.11 python3 on the PATH");
                    Path folder = Files.createTempDirectory("mro-probe");
                    Path probe = Files.writeString(folder.resolve(c.id() + ".py"), c.probeProgram(), StandardCharsets.UTF_8);
                    try {
                        ProgramOutput live = CPython.runFile(probe);
                        assertEquals(c.expectedOutput(), live.stdout(), "python3 for\n" + c.probeProgram());
                    } finally {
                        Files.delete(probe);
                        Files.delete(folder);
                    }
                }));
    }
}
