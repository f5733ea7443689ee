package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The VM behaves like CPython 3.11: every program of {@code corpus/<topic>/} prints the same
 * stdout and stderr (object addresses normalised, see {@link Addresses}) and exits with the same
 * code as CPython did when its goldens were made. A program the VM cannot run yet fails here:
 * the failures are the to-do list. When a CPython 3.11 {@code python3} is on the PATH, a second
 * family of tests checks that each golden is still what CPython prints. A {@link SharedStateCanary}
 * run before and after each program names a program that corrupts objects shared by all VMs.
 */
class DifferentialCorpusTest {
    private static final Duration PER_PROGRAM = Duration.ofSeconds(10);

    @TestFactory
    Stream<DynamicNode> vmOutputMatchesCPythonGoldens() {
        return byTopic(program -> DynamicTest.dynamicTest(program.displayName(), program.file().toUri(),
                () -> assertVmMatches(program)));
    }

    @TestFactory
    Stream<DynamicNode> goldensAreWhatCPythonPrintsToday() {
        return byTopic(program -> DynamicTest.dynamicTest("cpython " + program.displayName(), program.file().toUri(),
                () -> assertGoldenCurrent(program)));
    }

    private static Stream<DynamicNode> byTopic(Function<CorpusProgram, DynamicNode> test) {
        Map<String, List<CorpusProgram>> topics = CorpusProgram.all().stream()
                .collect(Collectors.groupingBy(CorpusProgram::topic, TreeMap::new, Collectors.toList()));
        return topics.entrySet().stream().map(topic -> DynamicContainer.dynamicContainer(topic.getKey(),
                topic.getValue().stream().map(test)));
    }

    private static void assertVmMatches(CorpusProgram program) {
        boolean healthyBefore = SharedStateCanary.healthy();
        ProgramOutput actual = EmbeddedVm.run(program.source(), program.fileName(), PER_PROGRAM).normalized();
        boolean healthyAfter = SharedStateCanary.healthy();
        if (healthyBefore && !healthyAfter) {
            SharedStateCanary.recordLeak(program.displayName());
        }
        String who = healthyBefore ? "VM" : "VM (shared builtin objects were already corrupted by "
                + SharedStateCanary.firstLeak() + ")";
        assertAll(
                () -> assertSameOutput(program.expected().normalized(), actual, who),
                () -> assertTrue(!healthyBefore || healthyAfter, "this program leaked state into every later VM: "
                        + "a fresh VM no longer prints the canary's shared ints/bools/None as CPython does"));
    }

    private static void assertGoldenCurrent(CorpusProgram program) throws IOException {
        assumeTrue(CPython.version311().isPresent(), "no CPython 3.11 python3 on the PATH; goldens not re-checked");
        ProgramOutput live = CPython.runFile(program.file()).normalized();
        assertSameOutput(program.expected().normalized(), live, "python3 (golden is stale: rerun make_goldens.py)");
    }

    static void assertSameOutput(ProgramOutput expected, ProgramOutput actual, String who) {
        assertAll(
                () -> assertEquals(expected.stdout(), actual.stdout(),
                        who + " stdout, " + FirstDifference.describe(expected.stdout(), actual.stdout())),
                () -> assertEquals(expected.stderr(), actual.stderr(),
                        who + " stderr, " + FirstDifference.describe(expected.stderr(), actual.stderr())),
                () -> assertEquals(expected.exitCode(), actual.exitCode(), who + " exit code"));
    }
}
