package org.ouroboros.lang.parser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ouroboros.lang.FrontEnd;
import org.ouroboros.lang.PySyntaxError;

/**
 * The VM has no match statement: a program using one fails with a SyntaxError that says so
 * (at the {@code match} keyword), while {@code match} stays an ordinary name everywhere else,
 * as the soft keyword it is in CPython.
 */
class MatchStatementTest {

    @Test
    void matchStatementIsReportedAsUnsupportedAtItsKeyword() {
        String source = "x = 1\nif x:\n    match x:\n        case 1:\n            pass\n";
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> FrontEnd.analyze(source, "m.py"));
        assertEquals("the 'match' statement is not supported", e.msg());
        assertEquals(3, e.line());
        assertEquals(5, e.col());
    }

    @Test
    void matchIsStillAnOrdinaryName() {
        String source = "match = [1]\nmatch.append(2)\ndef match(x):\n    return x\nmatch(3)\nmatch, y = 1, 2\n"
                + "print(match if match else 0)\n";
        assertDoesNotThrow(() -> FrontEnd.analyze(source, "n.py"));
    }

    @Test
    void aLineEndingInAColonWithoutCaseIsNoMatchStatement() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> FrontEnd.analyze("match x:\n    pass\n", "o.py"));
        assertEquals("invalid syntax", e.msg());
    }
}
