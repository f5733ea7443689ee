package org.ouroboros.lang;

import java.util.List;
import org.ouroboros.lang.ast.ExprStmt;
import org.ouroboros.lang.ast.Expression;
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

    /** An expression for {@code eval} and its symbol tables (the top scope is module-like, as eval code). */
    public record ExpressionAnalysis(Expression expression, SymbolTable symbols) {
    }

    /** Parses and checks {@code source}; throws the first {@link PySyntaxError}, in CPython's order. */
    public static Analysis analyze(String source, String filename) {
        Module module = Parser.parse(source, filename);
        try {
            SymbolTable symbols = SymbolTable.build(module, source, filename);
            CompilerChecks.check(module, symbols, source, filename);
            return new Analysis(module, symbols);
        } catch (StackOverflowError e) {
            throw tooComplex(source, filename);
        }
    }

    /**
     * Last resort for a thread whose stack is too small for the nesting the parser accepts
     * (CPython says "RecursionError: maximum recursion depth exceeded during compilation").
     */
    private static PySyntaxError tooComplex(String source, String filename) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, "expression too complex", filename, 1, 1, 1, 0,
                new SourceLines(source).line(1));
    }

    /** {@code compile(source, filename, 'eval')}'s front end. */
    public static ExpressionAnalysis analyzeExpression(String source, String filename) {
        Expression expression = Parser.parseExpression(source, filename);
        Module wrapper = new Module(List.of(new ExprStmt(expression.body(), expression.body().pos())));
        try {
            SymbolTable symbols = SymbolTable.build(wrapper, source, filename);
            CompilerChecks.check(wrapper, symbols, source, filename);
            return new ExpressionAnalysis(expression, symbols);
        } catch (StackOverflowError e) {
            throw tooComplex(source, filename);
        }
    }
}
