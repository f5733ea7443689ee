package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
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
                    assertEquals(c.expectedOutput(), actual.stdout(), "VM result for\n" + c.probeProgram());
                }));
    }
}
