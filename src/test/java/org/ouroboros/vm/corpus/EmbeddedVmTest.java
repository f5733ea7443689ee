package org.ouroboros.vm.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The corpus runner captures what a program prints and never lets a runaway program hang the build. */
class EmbeddedVmTest {

    @Test
    void capturesStdoutAndExitCode() {
        ProgramOutput out = EmbeddedVm.run("print('hi', 6 * 7)\n", "hello.py", Duration.ofSeconds(10));
        assertEquals(new ProgramOutput("hi 42\n", "", 0), out);
    }

    @Test
    void anUncaughtExceptionGoesToStderrWithExitCodeOne() {
        ProgramOutput out = EmbeddedVm.run("print('before')\nraise ValueError('bad')\n", "boom.py", Duration.ofSeconds(10));
        assertEquals("before\n", out.stdout());
        assertEquals(1, out.exitCode());
        assertTrue(out.stderr().endsWith("ValueError: bad\n"), out.stderr());
    }

    @Test
    void anEndlessLoopIsStoppedAtTheDeadline() {
        ProgramOutput out = assertTimeoutPreemptively(Duration.ofSeconds(8),
                () -> EmbeddedVm.run("while True:\n    pass\n", "spin.py", Duration.ofSeconds(1)));
        assertEquals(1, out.exitCode());
        assertTrue(out.stderr().contains("time limit"), out.stderr());
    }
}
