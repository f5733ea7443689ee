package org.ouroboros.lang.symtable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.SourceLines;
import org.ouroboros.lang.ast.Alias;
import org.ouroboros.lang.ast.AnnAssign;
import org.ouroboros.lang.ast.Arg;
import org.ouroboros.lang.ast.Arguments;
import org.ouroboros.lang.ast.AsyncFunctionDef;
import org.ouroboros.lang.ast.Await;
import org.ouroboros.lang.ast.ClassDef;
import org.ouroboros.lang.ast.Comprehension;
import org.ouroboros.lang.ast.DictComp;
import org.ouroboros.lang.ast.ExceptHandler;
import org.ouroboros.lang.ast.Expr;
import org.ouroboros.lang.ast.ExprContext;
import org.ouroboros.lang.ast.FunctionDef;
import org.ouroboros.lang.ast.GeneratorExp;
import org.ouroboros.lang.ast.Global;
import org.ouroboros.lang.ast.Import;
import org.ouroboros.lang.ast.ImportFrom;
import org.ouroboros.lang.ast.Keyword;
import org.ouroboros.lang.ast.Lambda;
import org.ouroboros.lang.ast.ListComp;
import org.ouroboros.lang.ast.Module;
import org.ouroboros.lang.ast.Name;
import org.ouroboros.lang.ast.NamedExpr;
import org.ouroboros.lang.ast.Node;
import org.ouroboros.lang.ast.Nonlocal;
import org.ouroboros.lang.ast.Pos;
import org.ouroboros.lang.ast.Return;
import org.ouroboros.lang.ast.SetComp;
import org.ouroboros.lang.ast.Stmt;
import org.ouroboros.lang.ast.TreeWalker;
import org.ouroboros.lang.ast.Yield;
import org.ouroboros.lang.ast.YieldFrom;

/** CPython's first symtable pass ({@code symtable_visit_*}): records what each block does with each name. */
final class SymbolTableBuilder extends TreeWalker {

    private final String filename;
    private final SourceLines lines;
    final Map<Node, Scope> scopesByNode = new IdentityHashMap<>();
    final Scope top;
    private final Deque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    private String privateName;
    private boolean stringAnnotations;

    SymbolTableBuilder(String filename, SourceLines lines) {
        this.filename = filename;
        this.lines = lines;
        this.top = new Scope(ScopeType.MODULE, "top", 0, null, null);
        this.cur = top;
        stack.push(top);
    }

    void build(Module module) {
        stringAnnotations = FutureFeatures.annotations(module, lines, filename);
        walkStmts(module.body());
    }

    /** With {@code from __future__ import annotations}, annotations are strings: no names used. */
    @Override
    public void walkAnnotations(Arguments args, Expr returns) {
        if (!stringAnnotations) {
            super.walkAnnotations(args, returns);
        }
    }

    // ---------------------------------------------------------------- helpers

    PySyntaxError error(String msg, Pos pos) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, pos.line(), pos.col() + 1,
                pos.endLine(), pos.endCol() + 1, lines == null ? null : lines.line(pos.line()));
    }

    private void enter(ScopeType type, String name, Node node) {
        Scope scope = new Scope(type, name, node.pos().line(), node, cur);
        cur.children.add(scope);
        scopesByNode.put(node, scope);
        stack.push(scope);
        cur = scope;
    }

    private void exit() {
        stack.pop();
        cur = stack.peek();
    }

    private void addDef(String name, int flag, Node at) {
        addDef(cur, name, flag, at);
    }

    private void addDef(Scope scope, String name, int flag, Node at) {
        String mangled = Mangling.mangle(privateName, name);
        Symbol existing = scope.symbols.get(mangled);
        int value = flag;
        if (existing != null) {
            if ((flag & Symbol.DEF_PARAM) != 0 && (existing.flags & Symbol.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", at.pos());
            }
            value |= existing.flags;
        }
        if (scope.compIterTarget) {
            if ((value & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", at.pos());
            }
            value |= Symbol.DEF_COMP_ITER;
        }
        if (existing != null) {
            existing.flags = value;
        } else {
            scope.symbols.put(mangled, new Symbol(mangled, value, scope == top));
        }
        if ((flag & Symbol.DEF_PARAM) != 0) {
            scope.varnames.add(mangled);
        } else if ((flag & Symbol.DEF_GLOBAL) != 0) {
            Symbol global = top.symbols.get(mangled);
            if (global == null) {
                top.symbols.put(mangled, new Symbol(mangled, flag, true));
            } else {
                global.flags |= flag;
            }
        }
    }

    private int lookup(String name) {
        Symbol s = cur.symbols.get(Mangling.mangle(privateName, name));
        return s == null ? 0 : s.flags;
    }

    private void recordDirective(Scope scope, String name, Node at) {
        scope.directives.putIfAbsent(Mangling.mangle(privateName, name), at);
    }

    // ---------------------------------------------------------------- blocks

    @Override
    public Void visitFunctionDef(FunctionDef node) {
        function(node, node.name(), node.args(), node.returns(), node.decoratorList(), node.body(), false);
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(AsyncFunctionDef node) {
        function(node, node.name(), node.args(), node.returns(), node.decoratorList(), node.body(), true);
        return null;
    }

    private void function(Stmt node, String name, Arguments args, Expr returns, List<Expr> decorators,
                          List<Stmt> body, boolean async) {
        addDef(name, Symbol.DEF_LOCAL, node);
        walkArgumentsDefaults(args);
        walkAnnotations(args, returns);
        walkExprs(decorators);
        enter(ScopeType.FUNCTION, name, node);
        if (async) {
            cur.coroutine = true;
            cur.asyncFunction = true;
        }
        parameters(args);
        walkStmts(body);
        exit();
    }

    private void parameters(Arguments args) {
        for (Arg a : args.posonlyargs()) {
            addDef(a.arg(), Symbol.DEF_PARAM, a);
        }
        for (Arg a : args.args()) {
            addDef(a.arg(), Symbol.DEF_PARAM, a);
        }
        for (Arg a : args.kwonlyargs()) {
            addDef(a.arg(), Symbol.DEF_PARAM, a);
        }
        if (args.vararg() != null) {
            addDef(args.vararg().arg(), Symbol.DEF_PARAM, args.vararg());
            cur.varargs = true;
        }
        if (args.kwarg() != null) {
            addDef(args.kwarg().arg(), Symbol.DEF_PARAM, args.kwarg());
            cur.varkeywords = true;
        }
    }

    @Override
    public Void visitLambda(Lambda node) {
        walkArgumentsDefaults(node.args());
        enter(ScopeType.FUNCTION, "lambda", node);
        parameters(node.args());
        walk(node.body());
        exit();
        return null;
    }

    @Override
    public Void visitClassDef(ClassDef node) {
        addDef(node.name(), Symbol.DEF_LOCAL, node);
        walkExprs(node.bases());
        for (Keyword k : node.keywords()) {
            walk(k.value());
        }
        walkExprs(node.decoratorList());
        enter(ScopeType.CLASS, node.name(), node);
        String saved = privateName;
        privateName = node.name();
        walkStmts(node.body());
        privateName = saved;
        exit();
        return null;
    }

    // ---------------------------------------------------------------- comprehensions

    @Override
    public Void visitListComp(ListComp node) {
        comprehension(node, "listcomp", Scope.Comprehension.LIST, node.generators(), node.elt(), null);
        return null;
    }

    @Override
    public Void visitSetComp(SetComp node) {
        comprehension(node, "setcomp", Scope.Comprehension.SET, node.generators(), node.elt(), null);
        return null;
    }

    @Override
    public Void visitDictComp(DictComp node) {
        comprehension(node, "dictcomp", Scope.Comprehension.DICT, node.generators(), node.key(), node.value());
        return null;
    }

    @Override
    public Void visitGeneratorExp(GeneratorExp node) {
        comprehension(node, "genexpr", Scope.Comprehension.GENERATOR, node.generators(), node.elt(), null);
        return null;
    }

    /** The first iterable is evaluated outside; the rest runs in a function-like scope of its own. */
    private void comprehension(Expr node, String name, Scope.Comprehension kind, List<Comprehension> generators,
                               Expr elt, Expr value) {
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        walk(outermost.iter());
        cur.compIterExpr--;
        enter(ScopeType.FUNCTION, name, node);
        cur.comprehension = kind;
        if (outermost.isAsync()) {
            cur.coroutine = true;
        }
        addDef(".0", Symbol.DEF_PARAM, node);
        cur.compIterTarget = true;
        walk(outermost.target());
        cur.compIterTarget = false;
        walkExprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension c = generators.get(i);
            cur.compIterTarget = true;
            walk(c.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            walk(c.iter());
            cur.compIterExpr--;
            walkExprs(c.ifs());
            if (c.isAsync()) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            walk(value);
        }
        walk(elt);
        boolean isGenerator = kind == Scope.Comprehension.GENERATOR;
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exit();
        if (isAsync) {
            cur.coroutine = true;
        }
    }

    // ---------------------------------------------------------------- statements

    @Override
    public Void visitReturn(Return node) {
        if (node.value() != null) {
            cur.returnsValue = true;
            walk(node.value());
        }
        return null;
    }

    @Override
    public Void visitAnnAssign(AnnAssign node) {
        if (node.target() instanceof Name name) {
            int flags = lookup(name.id());
            if ((flags & (Symbol.DEF_GLOBAL | Symbol.DEF_NONLOCAL)) != 0 && cur != top && node.simple()) {
                String which = (flags & Symbol.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error("annotated name '" + name.id() + "' can't be " + which, node.pos());
            }
            if (node.simple()) {
                addDef(name.id(), Symbol.DEF_ANNOT | Symbol.DEF_LOCAL, name);
            } else if (node.value() != null) {
                addDef(name.id(), Symbol.DEF_LOCAL, name);
            }
        } else {
            walk(node.target());
        }
        if (!stringAnnotations) {
            walk(node.annotation());
        }
        walk(node.value());
        return null;
    }

    @Override
    public Void visitGlobal(Global node) {
        declare(node, node.names(), Symbol.DEF_GLOBAL, "global");
        return null;
    }

    @Override
    public Void visitNonlocal(Nonlocal node) {
        declare(node, node.names(), Symbol.DEF_NONLOCAL, "nonlocal");
        return null;
    }

    private void declare(Stmt node, List<String> names, int flag, String what) {
        for (String name : names) {
            int current = lookup(name);
            if ((current & (Symbol.DEF_PARAM | Symbol.DEF_LOCAL | Symbol.USE | Symbol.DEF_ANNOT)) != 0) {
                String msg;
                if ((current & Symbol.DEF_PARAM) != 0) {
                    msg = "name '" + name + "' is parameter and " + what;
                } else if ((current & Symbol.USE) != 0) {
                    msg = "name '" + name + "' is used prior to " + what + " declaration";
                } else if ((current & Symbol.DEF_ANNOT) != 0) {
                    msg = "annotated name '" + name + "' can't be " + what;
                } else {
                    msg = "name '" + name + "' is assigned to before " + what + " declaration";
                }
                throw error(msg, node.pos());
            }
            addDef(name, flag, node);
            recordDirective(cur, name, node);
        }
    }

    @Override
    public Void visitImport(Import node) {
        for (Alias a : node.names()) {
            alias(a);
        }
        return null;
    }

    @Override
    public Void visitImportFrom(ImportFrom node) {
        for (Alias a : node.names()) {
            alias(a);
        }
        return null;
    }

    private void alias(Alias a) {
        String stored = a.asname() != null ? a.asname() : a.name();
        int dot = stored.indexOf('.');
        if (dot >= 0) {
            stored = stored.substring(0, dot);
        }
        if (stored.equals("*")) {
            if (cur.type() != ScopeType.MODULE) {
                throw error("import * only allowed at module level", a.pos());
            }
            return;
        }
        addDef(stored, Symbol.DEF_IMPORT, a);
    }

    @Override
    public void visitExceptHandler(ExceptHandler handler) {
        walk(handler.type());
        if (handler.name() != null) {
            addDef(handler.name(), Symbol.DEF_LOCAL, handler);
        }
        walkStmts(handler.body());
    }

    // ---------------------------------------------------------------- expressions

    @Override
    public Void visitName(Name node) {
        addDef(node.id(), node.ctx() == ExprContext.Load ? Symbol.USE : Symbol.DEF_LOCAL, node);
        // zero-argument super() needs the __class__ cell
        if (node.ctx() == ExprContext.Load && cur.type() == ScopeType.FUNCTION && node.id().equals("super")) {
            addDef("__class__", Symbol.USE, node);
        }
        return null;
    }

    @Override
    public Void visitYield(Yield node) {
        walk(node.value());
        generatorExpression(node);
        return null;
    }

    @Override
    public Void visitYieldFrom(YieldFrom node) {
        walk(node.value());
        generatorExpression(node);
        return null;
    }

    private void generatorExpression(Expr node) {
        cur.generator = true;
        if (cur.isComprehension()) {
            String where;
            switch (cur.comprehension) {
                case LIST: where = "list comprehension"; break;
                case SET: where = "set comprehension"; break;
                case DICT: where = "dict comprehension"; break;
                default: where = "generator expression"; break;
            }
            throw error("'yield' inside " + where, node.pos());
        }
    }

    @Override
    public Void visitAwait(Await node) {
        walk(node.value());
        cur.coroutine = true;
        return null;
    }

    @Override
    public Void visitNamedExpr(NamedExpr node) {
        if (cur.compIterExpr > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", node.pos());
        }
        if (cur.isComprehension()) {
            extendNamedExprScope((Name) node.target());
        }
        walk(node.value());
        walk(node.target());
        return null;
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function (or module). */
    private void extendNamedExprScope(Name target) {
        String name = target.id();
        Iterator<Scope> outward = stack.iterator();
        while (outward.hasNext()) {
            Scope scope = outward.next();
            if (scope.isComprehension()) {
                Symbol s = scope.symbols.get(name);
                if (s != null && (s.flags & Symbol.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '"
                            + name + "'", target.pos());
                }
                continue;
            }
            if (scope.type() == ScopeType.FUNCTION) {
                Symbol s = scope.symbols.get(name);
                boolean global = s != null && (s.flags & Symbol.DEF_GLOBAL) != 0;
                addDef(name, global ? Symbol.DEF_GLOBAL : Symbol.DEF_NONLOCAL, target);
                recordDirective(cur, name, target);
                addDef(scope, name, Symbol.DEF_LOCAL, target);
                return;
            }
            if (scope.type() == ScopeType.MODULE) {
                addDef(name, Symbol.DEF_GLOBAL, target);
                recordDirective(cur, name, target);
                addDef(scope, name, Symbol.DEF_GLOBAL, target);
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body",
                    target.pos());
        }
    }
}
