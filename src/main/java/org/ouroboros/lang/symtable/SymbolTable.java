package org.ouroboros.lang.symtable;

import java.util.Map;

import org.ouroboros.lang.SourceLines;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.ast.Node;

/**
 * The symbol tables of a module, as CPython 3.11's {@code symtable} builds them: one
 * {@link Scope} per module, class, def, lambda and comprehension, each name resolved to a
 * {@link NameScope}. Look a block's scope up by its AST node
 * ({@link org.ouroboros.lang.ast.FunctionDef}, {@link org.ouroboros.lang.ast.AsyncFunctionDef},
 * {@link org.ouroboros.lang.ast.ClassDef}, {@link org.ouroboros.lang.ast.Lambda}, or a
 * comprehension / generator expression node).
 */
public final class SymbolTable {

    private final Scope top;
    private final Map<Node, Scope> scopes;

    private SymbolTable(Scope top, Map<Node, Scope> scopes) {
        this.top = top;
        this.scopes = scopes;
    }

    /** Builds and analyses the tables; throws CPython's symtable SyntaxErrors. */
    public static SymbolTable build(Module module, String source, String filename) {
        SymbolTableBuilder builder = new SymbolTableBuilder(filename, source == null ? null : new SourceLines(source));
        builder.build(module);
        new ScopeAnalyzer(builder).analyze(builder.top);
        return new SymbolTable(builder.top, builder.scopesByNode);
    }

    /** Builds without source text (errors then carry no source line). */
    public static SymbolTable build(Module module) {
        return build(module, null, "<unknown>");
    }

    /** The module's scope. */
    public Scope top() {
        return top;
    }

    /**
     * True if {@code node} opens a scope that was analysed: false for lambdas and comprehensions in
     * annotations under {@code from __future__ import annotations}, which are never compiled.
     */
    public boolean hasScope(Node node) {
        return scopes.containsKey(node);
    }

    /** The scope a def, class, lambda or comprehension node opens; throws if the node opens none. */
    public Scope scopeOf(Node node) {
        Scope scope = scopes.get(node);
        if (scope == null) {
            throw new IllegalArgumentException("no scope for " + node.getClass().getSimpleName() + " at " + node.pos());
        }
        return scope;
    }
}
