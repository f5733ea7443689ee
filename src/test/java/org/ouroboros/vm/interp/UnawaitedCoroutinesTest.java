package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ouroboros.vm.RunResult;
import org.ouroboros.vm.Vm;

/**
 * "RuntimeWarning: coroutine '...' was never awaited" as CPython 3.11 prints it: at the line of a
 * coroutine call used as a statement (once per location), and from {@code sys:1} at exit for the
 * unstarted ones left; started and closed coroutines never warn. The expected stderr is CPython's
 * for src/test/resources/vm/unawaited_coroutines.py, its path written as prog.py.
 */
class UnawaitedCoroutinesTest {
    private static String resource(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/vm", name), StandardCharsets.UTF_8);
    }

    @Test
    void droppedAndLeftoverCoroutinesWarnAsCPythonDoes() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        RunResult r = Vm.builder().stdout(out).stderr(err).build().run(resource("unawaited_coroutines.py"), "prog.py");
        assertEquals(0, r.exitCode());
        assertEquals("end\n", out.toString());
        assertEquals(resource("unawaited_coroutines.err"), err.toString());
    }

    @Test
    void awaitedCoroutinesAndPlainGeneratorsStayQuiet() {
        StringWriter err = new StringWriter();
        String program = "async def inner():\n    return 1\nasync def outer():\n    return await inner()\n"
                + "c = outer()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print(e.value)\n"
                + "def gen():\n    yield 1\ngen()\n";
        Vm.builder().stderr(err).build().run(program, "prog.py");
        assertEquals("", err.toString());
    }
}
