package org.ouroboros.lang.check;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.ouroboros.lang.FrontEnd;
import org.ouroboros.lang.PySyntaxError;

/** Compile-time checks walk every scope, including lambdas and comprehensions inside annotations. */
class CompilerChecksTest {

    @Test
    void lambdaInsideAParameterAnnotationIsAccepted() {
        assertDoesNotThrow(() -> FrontEnd.analyze("def f(x: (lambda: 1)) -> None: pass\n", "t.py"));
    }

    @Test
    void lambdaAndComprehensionInsideAReturnAnnotationAreAccepted() {
        assertDoesNotThrow(() -> FrontEnd.analyze("def f() -> (lambda y: [i for i in y]): pass\n", "t.py"));
    }

    @Test
    void annotationsUnderFutureImportAreNotWalkedButStillAccepted() {
        assertDoesNotThrow(() -> FrontEnd.analyze(
                "from __future__ import annotations\ndef f(x: (lambda: 1)) -> [j for j in ()]: pass\nx: (lambda: 2) = 1\n",
                "t.py"));
    }

    @Test
    void errorsInsideAnAnnotationLambdaAreStillReported() {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> FrontEnd.analyze("\ndef f(x: (lambda __debug__: 1)): pass\n", "t.py"));
        assertEquals("cannot assign to __debug__", e.msg());
        assertEquals(2, e.line());
    }
}
