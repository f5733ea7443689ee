package org.ouroboros.lang;

import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.check.CompilerChecks;
import org.ouroboros.lang.parser.Parser;
import org.ouroboros.lang.symtable.SymbolTable;

/**
 * The whole front end in one call, as CPython's compile() runs it before code generation:
 * tokenize, parse, build symbol tables, then the compiler's own checks ({@link CompilerChecks}).
 * Every compile-time SyntaxError surfaces here, in CPython's order.
 */
public final class FrontEnd {

    private FrontEnd() {
    }

    /** The checked module and its symbol tables. */
    public record Analysis(Module module, SymbolTable symbols) {
    }

    /** Parses and checks {@code source}; throws the first {@link PySyntaxError}, in CPython's order. */
    public static Analysis analyze(String source, String filename) {
        Module module = Parser.parse(source, filename);
        SymbolTable symbols = SymbolTable.build(module, source, filename);
        CompilerChecks.check(module, symbols, source, filename);
        return new Analysis(module, symbols);
    }
}
