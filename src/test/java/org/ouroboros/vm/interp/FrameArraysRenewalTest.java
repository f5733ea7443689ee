package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ouroboros.vm.Vm;

/**
 * After a garbage collection a running frame moves its locals and value stack to new arrays (at
 * a check point: a backward jump, a function entry, after a builtin call). Programs long enough
 * to see many collections must not notice: locals, the loop's iterator and half-built values on
 * the stack all carry over. The expected text is CPython 3.11's output for the same program.
 */
class FrameArraysRenewalTest {
    @Test
    void longLoopsKeepTheirLocalsIteratorsAndPendingStackValues() {
        String program = "def f(n):\n"
                + "    total = 0\n"
                + "    marks = []\n"
                + "    s = 'abc'\n"
                + "    for i in range(n):\n"
                + "        total += sum((i, len(s), -i))\n"
                + "        if i % 500_000 == 0:\n"
                + "            marks.append([i, total, len(marks)])\n"
                + "    return total, marks\n"
                + "def gen(n):\n"
                + "    for i in range(n):\n"
                + "        yield i * 2\n"
                + "print(f(1_000_000))\n"
                + "print(sum(gen(500_000)))\n";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Vm.builder().stdout(out).stderr(err).build().run(program, "long.py");
        assertEquals("(3000000, [[0, 3, 0], [500000, 1500003, 1]])\n249999500000\n", out + err.toString());
    }
}
