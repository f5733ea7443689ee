package org.ouroboros.lang.check;

import java.util.List;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.SourceLines;
import org.ouroboros.lang.ast.AsyncFor;
import org.ouroboros.lang.ast.AsyncFunctionDef;
import org.ouroboros.lang.ast.AsyncWith;
import org.ouroboros.lang.ast.Await;
import org.ouroboros.lang.ast.Break;
import org.ouroboros.lang.ast.Call;
import org.ouroboros.lang.ast.ClassDef;
import org.ouroboros.lang.ast.Comprehension;
import org.ouroboros.lang.ast.Continue;
import org.ouroboros.lang.ast.DictComp;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.ExprContext;
import org.ouroboros.lang.ast.For;
import org.ouroboros.lang.ast.FunctionDef;
import org.ouroboros.lang.ast.GeneratorExp;
import org.ouroboros.lang.ast.Keyword;
import org.ouroboros.lang.ast.Lambda;
import org.ouroboros.lang.ast.ListComp;
import org.ouroboros.lang.ast.ListExpr;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.ast.Node;
import org.ouroboros.lang.ast.Pos;
import org.ouroboros.lang.ast.Return;
import org.ouroboros.lang.ast.SetComp;
import org.ouroboros.lang.ast.SetExpr;
import org.ouroboros.lang.ast.Starred;
import org.ouroboros.lang.ast.Stmt;
import org.ouroboros.lang.ast.TreeWalker;
import org.ouroboros.lang.ast.Tuple;
import org.ouroboros.lang.ast.While;
import org.ouroboros.lang.ast.Yield;
import org.ouroboros.lang.ast.YieldFrom;
import org.ouroboros.lang.symtable.Scope;
import org.ouroboros.lang.symtable.ScopeType;
import org.ouroboros.lang.symtable.SymbolTable;

/**
 * The SyntaxErrors CPython 3.11's compiler (not its parser or symtable) raises: 'return' /
 * 'yield' / 'await' / 'async for' / 'async with' in the wrong block, 'break' and 'continue'
 * outside a loop, async comprehensions outside async functions, misplaced starred expressions.
 * Run after the symbol tables, in source order, so a code generator need not repeat them.
 */
public final class CompilerChecks extends TreeWalker {

    /** What kind of code unit is being compiled (CPython's u_scope_type). */
    private enum Unit { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION }

    private final SymbolTable table;
    private final String filename;
    private final SourceLines lines;
    private Scope scope;
    private Unit unit = Unit.MODULE;
    private int loops;

    private CompilerChecks(SymbolTable table, String source, String filename) {
        this.table = table;
        this.filename = filename;
        this.lines = source == null ? null : new SourceLines(source);
        this.scope = table.top();
    }

    /** Throws the first compile-time SyntaxError of {@code module}, if any. */
    public static void check(Module module, SymbolTable table, String source, String filename) {
        new CompilerChecks(table, source, filename).walkStmts(module.body());
    }

    private PySyntaxError error(String msg, Node at) {
        Pos pos = at.pos();
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, pos.line(), pos.col() + 1,
                pos.endLine(), pos.endCol() + 1, lines == null ? null : lines.line(pos.line()));
    }

    /** Runs {@code body} as a new code unit: its own scope, kind, and no enclosing loop. */
    private void inUnit(Node node, Unit kind, Runnable body) {
        if (!table.hasScope(node)) {
            // A stringified annotation (from __future__ import annotations): CPython never compiles it.
            return;
        }
        Scope savedScope = scope;
        Unit savedUnit = unit;
        int savedLoops = loops;
        scope = table.scopeOf(node);
        unit = kind;
        loops = 0;
        try {
            body.run();
        } finally {
            scope = savedScope;
            unit = savedUnit;
            loops = savedLoops;
        }
    }

    // ---------------------------------------------------------------- blocks

    // ---------------------------------------------------------------- __debug__

    private static final String DEBUG = "__debug__";

    private void forbidDebugArguments(org.ouroboros.lang.ast.Arguments args, Node at) {
        for (List<org.ouroboros.lang.ast.Arg> group : List.of(args.posonlyargs(), args.args(), args.kwonlyargs())) {
            for (org.ouroboros.lang.ast.Arg a : group) {
                forbidDebug(a.arg(), at);
            }
        }
        if (args.vararg() != null) {
            forbidDebug(args.vararg().arg(), at);
        }
        if (args.kwarg() != null) {
            forbidDebug(args.kwarg().arg(), at);
        }
    }

    private void forbidDebug(String name, Node at) {
        if (DEBUG.equals(name)) {
            throw error("cannot assign to __debug__", at);
        }
    }

    @Override
    public Void visitName(org.ouroboros.lang.ast.Name node) {
        if (DEBUG.equals(node.id()) && node.ctx() != ExprContext.Load) {
            throw error(node.ctx() == ExprContext.Del ? "cannot delete __debug__" : "cannot assign to __debug__", node);
        }
        return null;
    }

    @Override
    public Void visitAttribute(org.ouroboros.lang.ast.Attribute node) {
        if (DEBUG.equals(node.attr()) && node.ctx() != ExprContext.Load) {
            throw error(node.ctx() == ExprContext.Del ? "cannot delete __debug__" : "cannot assign to __debug__", node);
        }
        return super.visitAttribute(node);
    }

    @Override
    public Void visitImport(org.ouroboros.lang.ast.Import node) {
        forbidDebugAliases(node.names(), node);
        return null;
    }

    @Override
    public Void visitImportFrom(org.ouroboros.lang.ast.ImportFrom node) {
        forbidDebugAliases(node.names(), node);
        return null;
    }

    private void forbidDebugAliases(List<org.ouroboros.lang.ast.Alias> names, Node at) {
        for (org.ouroboros.lang.ast.Alias a : names) {
            String stored = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            forbidDebug(stored, at);
        }
    }

    @Override
    public void visitExceptHandler(org.ouroboros.lang.ast.ExceptHandler handler) {
        forbidDebug(handler.name(), handler);
        super.visitExceptHandler(handler);
    }

    // ---------------------------------------------------------------- blocks

    @Override
    public Void visitFunctionDef(FunctionDef node) {
        forbidDebug(node.name(), node);
        forbidDebugArguments(node.args(), node);
        walkExprs(node.decoratorList());
        walkArgumentsDefaults(node.args());
        walkAnnotations(node.args(), node.returns());
        inUnit(node, Unit.FUNCTION, () -> walkStmts(node.body()));
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(AsyncFunctionDef node) {
        forbidDebug(node.name(), node);
        forbidDebugArguments(node.args(), node);
        walkExprs(node.decoratorList());
        walkArgumentsDefaults(node.args());
        walkAnnotations(node.args(), node.returns());
        inUnit(node, Unit.ASYNC_FUNCTION, () -> walkStmts(node.body()));
        return null;
    }

    @Override
    public Void visitClassDef(ClassDef node) {
        forbidDebug(node.name(), node);
        walkExprs(node.decoratorList());
        inUnit(node, Unit.CLASS, () -> walkStmts(node.body()));
        walkElements(node.bases());
        for (Keyword k : node.keywords()) {
            walk(k.value());
        }
        return null;
    }

    @Override
    public Void visitLambda(Lambda node) {
        forbidDebugArguments(node.args(), node);
        walkArgumentsDefaults(node.args());
        inUnit(node, Unit.LAMBDA, () -> walk(node.body()));
        return null;
    }

    @Override
    public Void visitListComp(ListComp node) {
        comprehension(node, false, node.generators(), node.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(SetComp node) {
        comprehension(node, false, node.generators(), node.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(DictComp node) {
        comprehension(node, false, node.generators(), node.key(), node.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(GeneratorExp node) {
        comprehension(node, true, node.generators(), node.elt(), null);
        return null;
    }

    private void comprehension(Expr node, boolean generator, List<Comprehension> generators, Expr elt, Expr value) {
        if (!table.hasScope(node)) {
            return;
        }
        Scope comp = table.scopeOf(node);
        if (comp.isCoroutine() && !generator && unit != Unit.ASYNC_FUNCTION && unit != Unit.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function", node);
        }
        inUnit(node, Unit.COMPREHENSION, () -> {
            for (int i = 0; i < generators.size(); i++) {
                Comprehension c = generators.get(i);
                walk(c.target());
                if (i > 0) {
                    walk(c.iter());
                }
                walkExprs(c.ifs());
            }
            walk(elt);
            walk(value);
        });
        walk(generators.get(0).iter());
    }

    // ---------------------------------------------------------------- statements

    @Override
    public Void visitReturn(Return node) {
        if (scope.type() != ScopeType.FUNCTION) {
            throw error("'return' outside function", node);
        }
        if (node.value() != null && scope.isCoroutine() && scope.isGenerator()) {
            throw error("'return' with value in async generator", node);
        }
        walk(node.value());
        return null;
    }

    @Override
    public Void visitFor(For node) {
        walk(node.target());
        walk(node.iter());
        loop(node.body());
        walkStmts(node.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(AsyncFor node) {
        if (unit != Unit.ASYNC_FUNCTION) {
            throw error("'async for' outside async function", node);
        }
        walk(node.target());
        walk(node.iter());
        loop(node.body());
        walkStmts(node.orelse());
        return null;
    }

    @Override
    public Void visitWhile(While node) {
        walk(node.test());
        loop(node.body());
        walkStmts(node.orelse());
        return null;
    }

    private void loop(List<Stmt> body) {
        loops++;
        try {
            walkStmts(body);
        } finally {
            loops--;
        }
    }

    @Override
    public Void visitAsyncWith(AsyncWith node) {
        if (unit != Unit.ASYNC_FUNCTION) {
            throw error("'async with' outside async function", node);
        }
        return super.visitAsyncWith(node);
    }

    @Override
    public Void visitBreak(Break node) {
        if (loops == 0) {
            throw error("'break' outside loop", node);
        }
        return null;
    }

    @Override
    public Void visitContinue(Continue node) {
        if (loops == 0) {
            throw error("'continue' not properly in loop", node);
        }
        return null;
    }

    // ---------------------------------------------------------------- expressions

    @Override
    public Void visitYield(Yield node) {
        if (scope.type() != ScopeType.FUNCTION) {
            throw error("'yield' outside function", node);
        }
        walk(node.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(YieldFrom node) {
        if (scope.type() != ScopeType.FUNCTION) {
            throw error("'yield' outside function", node);
        }
        if (unit == Unit.ASYNC_FUNCTION) {
            throw error("'yield from' inside async function", node);
        }
        walk(node.value());
        return null;
    }

    @Override
    public Void visitAwait(Await node) {
        if (scope.type() != ScopeType.FUNCTION) {
            throw error("'await' outside function", node);
        }
        if (unit != Unit.ASYNC_FUNCTION && unit != Unit.COMPREHENSION) {
            throw error("'await' outside async function", node);
        }
        walk(node.value());
        return null;
    }

    /** {@code *x} is allowed directly inside a list, tuple, set display or call; nowhere else. */
    @Override
    public Void visitStarred(Starred node) {
        if (node.ctx() == ExprContext.Load) {
            throw error("can't use starred expression here", node);
        }
        walk(node.value());
        return null;
    }

    private void walkElements(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Starred s) {
                walk(s.value());
            } else {
                walk(e);
            }
        }
    }

    @Override
    public Void visitListExpr(ListExpr node) {
        walkElements(node.elts());
        return null;
    }

    @Override
    public Void visitTuple(Tuple node) {
        walkElements(node.elts());
        return null;
    }

    @Override
    public Void visitSetExpr(SetExpr node) {
        walkElements(node.elts());
        return null;
    }

    @Override
    public Void visitCall(Call node) {
        for (Keyword k : node.keywords()) {
            forbidDebug(k.arg(), node);
        }
        walk(node.func());
        walkElements(node.args());
        for (Keyword k : node.keywords()) {
            walk(k.value());
        }
        return null;
    }
}
