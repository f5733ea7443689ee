package org.ouroboros.vm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ouroboros.vm.StringWriterVm;

/**
 * {@code is} / {@code is not} with a literal warns at compile time, before anything runs, as
 * CPython 3.11 does: one SyntaxWarning per comparison (folded constants count, the named
 * singletons do not), at the comparison's first line, with the source line under it; code from a
 * string has no source line to show; a finally body is compiled twice, so it warns twice. The
 * expected texts are CPython 3.11's stderr for the same programs (its path replaced by prog.py).
 */
class IdentityLiteralWarningTest {
    private static final String IS = ": SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n";
    private static final String IS_NOT = ": SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?\n";

    @Test
    void literalsWarnOncePerComparisonSingletonsDoNot() {
        StringWriterVm r = StringWriterVm.run(String.join("\n",
                "x = 1",
                "print(x is 1, x is None, x is True, x is ...)",
                "def f(y):",
                "    return (y",
                "            is not -1)",
                "print(f(2), x is () , x is (1, 2), 1 is x)",
                "print(x is x is 'a', x is 1 is x)",
                "print(x is [1], x is f\"a\", x is b\"b\", x is 2.5, x is -x)",
                "if not x is 1: pass",
                ""));
        assertEquals("True False False False\nTrue False False True\nFalse True\nFalse False False False False\n", r.stdout());
        String line2 = "  print(x is 1, x is None, x is True, x is ...)\n";
        String line6 = "  print(f(2), x is () , x is (1, 2), 1 is x)\n";
        String line7 = "  print(x is x is 'a', x is 1 is x)\n";
        String line8 = "  print(x is [1], x is f\"a\", x is b\"b\", x is 2.5, x is -x)\n";
        assertEquals("prog.py:2" + IS + line2
                + "prog.py:4" + IS_NOT + "  return (y\n"
                + "prog.py:6" + IS + line6 + "prog.py:6" + IS + line6 + "prog.py:6" + IS + line6
                + "prog.py:7" + IS + line7 + "prog.py:7" + IS + line7
                + "prog.py:8" + IS + line8 + "prog.py:8" + IS + line8
                + "prog.py:9" + IS_NOT + "  if not x is 1: pass\n", r.stderr());
    }

    @Test
    void codeFromStringsWarnsWithoutASourceLineAndFinallyWarnsTwice() {
        StringWriterVm r = StringWriterVm.run(String.join("\n",
                "x = 1",
                "print(eval(\"x is 1\"))",
                "exec(\"y = 1\\nprint(y is 'z')\")",
                "try:",
                "    pass",
                "finally:",
                "    x is 1",
                ""));
        assertEquals("True\nFalse\n", r.stdout());
        assertEquals("prog.py:7" + IS + "  x is 1\n" + "prog.py:7" + IS + "  x is 1\n"
                + "<string>:1" + IS + "<string>:2" + IS, r.stderr());
    }
}
