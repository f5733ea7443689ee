package org.ouroboros.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ouroboros.lang.ast.BinOp;
import org.ouroboros.lang.ast.Lambda;
import org.ouroboros.lang.symtable.NameScope;

class FrontEndTest {

    static Stream<Path> programs() {
        return Resources.validPrograms().stream();
    }

    /** Every seed code block and corpus program passes every compile-time check. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void validProgramsPassTheWholeFrontEnd(Path program) {
        FrontEnd.Analysis analysis = FrontEnd.analyze(Resources.read(program), program.getFileName().toString());
        assertNotNull(analysis.symbols().top());
    }

    @Test
    void evalModeParsesOneExpressionWithItsScopes() {
        FrontEnd.ExpressionAnalysis analysis = FrontEnd.analyzeExpression("  (lambda y: x + y)(1)", "<string>");
        Lambda lambda = (Lambda) ((org.ouroboros.lang.ast.Call) analysis.expression().body()).func();
        assertInstanceOf(BinOp.class, lambda.body());
        assertEquals(NameScope.GLOBAL_IMPLICIT, analysis.symbols().scopeOf(lambda).scopeOf("x"));
        assertEquals(NameScope.LOCAL, analysis.symbols().scopeOf(lambda).scopeOf("y"));
    }

    @Test
    void evalModeRejectsStatements() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> FrontEnd.analyzeExpression("x = 1", "<string>"));
        assertEquals("invalid syntax", e.msg());
    }

    @Test
    void syntaxErrorsPrintLikeCPython() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> FrontEnd.analyze("a = (1,\n", "x.py"));
        assertEquals("  File \"x.py\", line 1\n    a = (1,\n        ^\nSyntaxError: '(' was never closed\n", e.format());
        assertEquals("'(' was never closed (x.py, line 1)", e.getMessage());
    }

    @Test
    void compilerStageErrorsComeAfterSymbolTableErrors() {
        // 'return' outside function (compiler) and a nonlocal error (symtable): CPython reports the latter
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> FrontEnd.analyze("return 1\ndef f():\n    nonlocal q\n", "x.py"));
        assertEquals("no binding for nonlocal 'q' found", e.msg());
    }
}
