package org.ouroboros.lang.symtable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ouroboros.lang.ast.Node;

/**
 * One block's symbol table (CPython's {@code PySTEntryObject}): a module, a class body, or a
 * function-like block (def, lambda, comprehension). Symbols are keyed by their mangled name.
 */
public final class Scope {

    /** Which comprehension a function-like scope is, if any. */
    public enum Comprehension { NONE, LIST, SET, DICT, GENERATOR }

    private final ScopeType type;
    private final String name;
    private final int line;
    private final Node node;
    private final Scope parent;
    final Map<String, Symbol> symbols = new LinkedHashMap<>();
    final List<Scope> children = new ArrayList<>();
    final List<String> varnames = new ArrayList<>();
    final Map<String, Node> directives = new LinkedHashMap<>();
    final boolean nested;
    boolean generator;
    boolean coroutine;
    boolean asyncFunction;
    boolean varargs;
    boolean varkeywords;
    boolean returnsValue;
    boolean free;
    boolean childFree;
    boolean needsClassClosure;
    Comprehension comprehension = Comprehension.NONE;
    int compIterExpr;
    boolean compIterTarget;

    Scope(ScopeType type, String name, int line, Node node, Scope parent) {
        this.type = type;
        this.name = name;
        this.line = line;
        this.node = node;
        this.parent = parent;
        this.nested = parent != null && (parent.nested || parent.type == ScopeType.FUNCTION);
    }

    public ScopeType type() {
        return type;
    }

    /** "top" for the module, else the def/class name, "lambda", "listcomp", "genexpr"... */
    public String name() {
        return name;
    }

    public int line() {
        return line;
    }

    /** The AST node that opened the block (null for the module). */
    public Node node() {
        return node;
    }

    public Scope parent() {
        return parent;
    }

    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** Every symbol, in the order first seen. */
    public Map<String, Symbol> symbols() {
        return Collections.unmodifiableMap(symbols);
    }

    /** The symbol for an (already mangled) name, or null. */
    public Symbol lookup(String name) {
        return symbols.get(name);
    }

    /** The scope of a name used here; a name never seen here is GLOBAL_IMPLICIT (LOAD_NAME/LOAD_GLOBAL). */
    public NameScope scopeOf(String name) {
        Symbol s = symbols.get(name);
        return s == null ? NameScope.GLOBAL_IMPLICIT : s.scope;
    }

    /** Parameters in order (posonly, args, kwonly, *args, **kwargs; ".0" for a comprehension). */
    public List<String> parameters() {
        return Collections.unmodifiableList(varnames);
    }

    /** Cell variables, sorted (CPython's co_cellvars order, before __class__ handling). */
    public List<String> cellVars() {
        return names(NameScope.CELL);
    }

    /** Free variables, sorted (CPython's co_freevars order). */
    public List<String> freeVars() {
        return names(NameScope.FREE);
    }

    private List<String> names(NameScope wanted) {
        return symbols.values().stream().filter(s -> s.scope == wanted).map(Symbol::name).sorted()
                .collect(Collectors.toList());
    }

    public boolean isNested() {
        return nested;
    }

    /** Contains {@code yield} (a generator function or generator expression). */
    public boolean isGenerator() {
        return generator;
    }

    /**
     * CPython's ste_coroutine: an {@code async def}, an async comprehension, or a function that
     * contains a non-generator async comprehension.
     */
    public boolean isCoroutine() {
        return coroutine;
    }

    /** Opened by {@code async def}. */
    public boolean isAsyncFunction() {
        return asyncFunction;
    }

    /** {@code async def} with a {@code yield}. */
    public boolean isAsyncGenerator() {
        return asyncFunction && generator;
    }

    public boolean hasVarargs() {
        return varargs;
    }

    public boolean hasVarkeywords() {
        return varkeywords;
    }

    public boolean returnsValue() {
        return returnsValue;
    }

    /** Has free variables (or, nested and using globals implicitly), as CPython's ste_free. */
    public boolean hasFreeVars() {
        return free;
    }

    /** Some nested block has free variables (ste_child_free). */
    public boolean hasChildFreeVars() {
        return childFree;
    }

    /**
     * A class body whose methods use {@code __class__} or {@code super}: it needs the implicit
     * {@code __class__} cell (which, as in CPython, is not one of its symbols).
     */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    public Comprehension comprehension() {
        return comprehension;
    }

    public boolean isComprehension() {
        return comprehension != Comprehension.NONE;
    }

    /** True for def, lambda and comprehension blocks. */
    public boolean isFunctionLike() {
        return type == ScopeType.FUNCTION;
    }

    @Override
    public String toString() {
        return type.pythonName() + " " + name + " line " + line;
    }
}
