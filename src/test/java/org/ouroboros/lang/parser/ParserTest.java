package org.ouroboros.lang.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ouroboros.lang.Resources;
import org.ouroboros.lang.TextDiff;
import org.ouroboros.lang.ast.AstDumper;
import org.ouroboros.lang.ast.Module;

class ParserTest {

    static Stream<Path> programs() {
        return Resources.validPrograms().stream();
    }

    /** The tree, with every position, equals {@code ast.dump(ast.parse(src), include_attributes=True)}. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void matchesCPythonAstDump(Path program) {
        String source = Resources.read(program);
        Module module = Parser.parse(source, program.getFileName().toString());
        String expected = Resources.golden(program, "ast").strip();
        String actual = AstDumper.dumpWithByteOffsets(module, source);
        assertEquals(expected, actual, () -> TextDiff.firstDifference(expected, actual));
    }
}
