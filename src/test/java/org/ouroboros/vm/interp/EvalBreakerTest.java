package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.Instruction;

/** The eval breaker is consulted where CPython 3.11 checks it: RESUME, JUMP_BACKWARD, after calls. */
class EvalBreakerTest {
    @Test
    void checkPointsAreResumeBackEdgesAndCalls() {
        List<String> seen = new ArrayList<>();
        EvalBreaker spy = (thread, frame) -> {
            Instruction in = frame.currentInstruction();
            seen.add(in.opcode().name());
        };
        Vm.builder().stdout(new StringWriter()).evalBreaker(spy).build()
                .run("def f():\n    return 1\nfor i in range(2):\n    f()\nlen('x')\n", "t.py");
        assertEquals(List.of("RESUME", "CALL", "RESUME", "JUMP_BACKWARD", "RESUME", "JUMP_BACKWARD", "CALL"), seen);
    }
}
