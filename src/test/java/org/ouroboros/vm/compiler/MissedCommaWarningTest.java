package org.ouroboros.vm.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ouroboros.vm.StringWriterVm;

/**
 * Calling or subscripting a literal that cannot take it warns at compile time, as CPython 3.11's
 * check_caller, check_subscripter and check_index do ("perhaps you missed a comma?"), before
 * anything runs; the program then fails at run time as before. The expected texts are CPython
 * 3.11's output for the same program (its path replaced by prog.py).
 */
class MissedCommaWarningTest {
    private static final String HINT = "; perhaps you missed a comma?\n";

    @Test
    void literalsThatCannotBeCalledOrIndexedWarnAndStillFailAtRunTime() {
        StringWriterVm r = StringWriterVm.run(String.join("\n",
                "words = [\"a\" \"b\", \"c\"]",
                "print(words)",
                "x = [1, 2, 3]",
                "print(x[1], \"abc\"[1:2], (1, 2)[0], [1][0], f\"{x}\"[0])",
                "try:",
                "    print([[1, 2] [0, 1]])",
                "except TypeError as e:",
                "    print(\"TypeError\", e)",
                "try:",
                "    print({1, 2}[0])",
                "except TypeError as e:",
                "    print(\"TypeError\", e)",
                "try:",
                "    print((lambda: 1)[0])",
                "except TypeError as e:",
                "    print(\"TypeError\", e)",
                "try:",
                "    print(\"text\"(\"more\"))",
                "except TypeError as e:",
                "    print(\"TypeError\", e)",
                "try:",
                "    print(f\"a{x}\"(1))",
                "except TypeError as e:",
                "    print(\"TypeError\", e)",
                "try:",
                "    print([i for i in x](0))",
                "except TypeError as e:",
                "    print(\"TypeError\", e)",
                ""));
        assertEquals("['ab', 'c']\n2 b 1 1 [\n"
                + "TypeError list indices must be integers or slices, not tuple\n"
                + "TypeError 'set' object is not subscriptable\n"
                + "TypeError 'function' object is not subscriptable\n"
                + "TypeError 'str' object is not callable\n"
                + "TypeError 'str' object is not callable\n"
                + "TypeError 'list' object is not callable\n", r.stdout());
        assertEquals("prog.py:6: SyntaxWarning: list indices must be integers or slices, not tuple" + HINT
                + "  print([[1, 2] [0, 1]])\n"
                + "prog.py:10: SyntaxWarning: 'set' object is not subscriptable" + HINT + "  print({1, 2}[0])\n"
                + "prog.py:14: SyntaxWarning: 'function' object is not subscriptable" + HINT
                + "  print((lambda: 1)[0])\n"
                + "prog.py:18: SyntaxWarning: 'str' object is not callable" + HINT + "  print(\"text\"(\"more\"))\n"
                + "prog.py:22: SyntaxWarning: 'str' object is not callable" + HINT + "  print(f\"a{x}\"(1))\n"
                + "prog.py:26: SyntaxWarning: 'list' object is not callable" + HINT
                + "  print([i for i in x](0))\n", r.stderr());
    }
}
