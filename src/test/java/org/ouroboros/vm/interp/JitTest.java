package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.object.PyFunction;

/**
 * When code is compiled ({@link Jit}) and that compiled code carries on where the interpreter
 * left off: after the threshold's calls, from a hot loop in mid-run, into exception handlers;
 * generators stay interpreted. Outputs are CPython 3.11's for the same programs.
 */
class JitTest {
    private record Run(Vm vm, String out) {
        PyFunction function(String name) {
            return (PyFunction) vm.modules().get("__main__").dict().get(name);
        }
    }

    private static Run run(String program, int threshold) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm vm = Vm.builder().stdout(out).stderr(err).jitThreshold(threshold).build();
        vm.run(program, "t.py");
        return new Run(vm, out + err.toString());
    }

    private static final String CALLED_N_TIMES = "def f(x):\n    return x + 1\n"
            + "n = int('%d')\nt = 0\ni = 0\nwhile i < n:\n    t = f(t)\n    i += 1\nprint(t)\n";

    @Test
    void aFunctionIsCompiledOnceCalledMoreOftenThanTheThreshold() {
        Run below = run(String.format(CALLED_N_TIMES, 5), 5);
        Run above = run(String.format(CALLED_N_TIMES, 6), 5);
        assertEquals("5\n", below.out());
        assertEquals("6\n", above.out());
        assertNull(below.function("f").jitBody, "5 calls: still interpreted");
        assertTrue(above.function("f").jitBody instanceof CompiledBody, "6th call runs compiled");
    }

    @Test
    void offMeansNeverCompiled() {
        Run r = run(String.format(CALLED_N_TIMES, 1000), Vm.JIT_OFF);
        assertEquals("1000\n", r.out());
        assertNull(r.function("f").jitBody);
    }

    @Test
    void aHotLoopGoesOnCompiledInTheMiddleOfItsOnlyCall() {
        String program = "def total(n):\n"
                + "    s = 0\n"
                + "    for i in range(n):\n"
                + "        s += i * i\n"
                + "    return s\n"
                + "print(total(10000))\n";
        Run r = run(program, 50);
        assertEquals("333283335000\n", r.out());
        assertTrue(r.function("total").jitBody instanceof CompiledBody, "compiled at a back edge, called once");
    }

    @Test
    void exceptionsRaisedInCompiledCodeReachTheirHandlersAndTracebacks() {
        String program = "def risky(i):\n"
                + "    try:\n"
                + "        return 10 // (i % 3)\n"
                + "    except ZeroDivisionError as e:\n"
                + "        return str(e)\n"
                + "    finally:\n"
                + "        pass\n"
                + "print([risky(i) for i in range(7)])\n"
                + "def boom(d):\n"
                + "    return d['missing']\n"
                + "boom({})\n";
        Run r = run(program, 0);
        assertEquals("['integer division or modulo by zero', 10, 5, 'integer division or modulo by zero', 10, 5, "
                + "'integer division or modulo by zero']\n"
                + "Traceback (most recent call last):\n"
                + "  File \"t.py\", line 11, in <module>\n"
                + "    boom({})\n"
                + "  File \"t.py\", line 10, in boom\n"
                + "    return d['missing']\n"
                + "           ~^^^^^^^^^^^\n"
                + "KeyError: 'missing'\n", r.out());
        assertTrue(r.function("risky").jitBody instanceof CompiledBody);
        assertTrue(r.function("boom").jitBody instanceof CompiledBody);
    }

    @Test
    void generatorsStayInterpreted() {
        String program = "def gen(n):\n    for i in range(n):\n        yield i\nprint(sum(gen(100)))\n";
        Run r = run(program, 0);
        assertEquals("4950\n", r.out());
        assertFalse(r.function("gen").jitBody instanceof CompiledBody);
    }
}
