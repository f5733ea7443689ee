package org.ouroboros.vm.compiler;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.ast.*;
import org.ouroboros.vm.compiler.Scope.Binding;

/**
 * Symbol analysis in the manner of CPython's symtable.c: one {@link Scope} per module, class,
 * function, lambda and comprehension; each name resolved to LOCAL, CELL, FREE, GLOBAL_EXPLICIT or
 * GLOBAL_IMPLICIT; methods mentioning {@code super}/{@code __class__} get the implicit class cell.
 */
final class Scopes {
    private final Map<Object, Scope> byNode = new IdentityHashMap<>();
    private final String filename;
    final Scope module;

    private Scopes(String filename) {
        this.filename = filename;
        this.module = new Scope(Scope.Kind.MODULE, "<module>", null);
    }

    static Scopes of(org.ouroboros.lang.ast.Module mod, String filename) {
        Scopes s = new Scopes(filename);
        s.stmts(mod.body(), s.module);
        s.analyze(s.module, new HashSet<>());
        return s;
    }

    static Scopes ofExpression(Expr e, String filename) {
        Scopes s = new Scopes(filename);
        s.expr(e, s.module);
        s.analyze(s.module, new HashSet<>());
        return s;
    }

    Scope scopeOf(Object node) {
        return byNode.get(node);
    }

    // ---- collection ----

    private void stmts(List<Stmt> body, Scope sc) {
        for (Stmt s : body) {
            stmt(s, sc);
        }
    }

    private void stmt(Stmt s, Scope sc) {
        if (s instanceof FunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), false, sc);
        } else if (s instanceof AsyncFunctionDef f) {
            function(f, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), true, sc);
        } else if (s instanceof ClassDef c) {
            exprs(c.decoratorList(), sc);
            exprs(c.bases(), sc);
            for (Keyword k : c.keywords()) {
                expr(k.value(), sc);
            }
            sc.bound.add(c.name());
            Scope cls = new Scope(Scope.Kind.CLASS, c.name(), sc);
            byNode.put(c, cls);
            stmts(c.body(), cls);
        } else if (s instanceof Return r) {
            exprOpt(r.value(), sc);
        } else if (s instanceof Delete d) {
            exprs(d.targets(), sc);
        } else if (s instanceof Assign a) {
            exprs(a.targets(), sc);
            expr(a.value(), sc);
        } else if (s instanceof AugAssign a) {
            expr(a.target(), sc);
            if (a.target() instanceof Name n) {
                sc.used.add(n.id());
            }
            expr(a.value(), sc);
        } else if (s instanceof AnnAssign a) {
            if (a.value() != null || !(a.target() instanceof Name)) {
                expr(a.target(), sc);
            } else if (a.target() instanceof Name n) {
                sc.bound.add(n.id());
            }
            if (!sc.isFunction()) {
                expr(a.annotation(), sc);
            }
            exprOpt(a.value(), sc);
        } else if (s instanceof For f) {
            expr(f.target(), sc);
            expr(f.iter(), sc);
            stmts(f.body(), sc);
            stmts(f.orelse(), sc);
        } else if (s instanceof AsyncFor f) {
            expr(f.target(), sc);
            expr(f.iter(), sc);
            stmts(f.body(), sc);
            stmts(f.orelse(), sc);
        } else if (s instanceof While w) {
            expr(w.test(), sc);
            stmts(w.body(), sc);
            stmts(w.orelse(), sc);
        } else if (s instanceof If i) {
            expr(i.test(), sc);
            stmts(i.body(), sc);
            stmts(i.orelse(), sc);
        } else if (s instanceof With w) {
            for (WithItem item : w.items()) {
                expr(item.contextExpr(), sc);
                exprOpt(item.optionalVars(), sc);
            }
            stmts(w.body(), sc);
        } else if (s instanceof AsyncWith w) {
            for (WithItem item : w.items()) {
                expr(item.contextExpr(), sc);
                exprOpt(item.optionalVars(), sc);
            }
            stmts(w.body(), sc);
        } else if (s instanceof Raise r) {
            exprOpt(r.exc(), sc);
            exprOpt(r.cause(), sc);
        } else if (s instanceof Try t) {
            stmts(t.body(), sc);
            for (ExceptHandler h : t.handlers()) {
                exprOpt(h.type(), sc);
                if (h.name() != null) {
                    sc.bound.add(h.name());
                }
                stmts(h.body(), sc);
            }
            stmts(t.orelse(), sc);
            stmts(t.finalbody(), sc);
        } else if (s instanceof Assert a) {
            expr(a.test(), sc);
            exprOpt(a.msg(), sc);
        } else if (s instanceof Import im) {
            for (Alias al : im.names()) {
                sc.bound.add(al.asname() != null ? al.asname() : al.name().split("\\.")[0]);
            }
        } else if (s instanceof ImportFrom im) {
            for (Alias al : im.names()) {
                if (!al.name().equals("*")) {
                    sc.bound.add(al.asname() != null ? al.asname() : al.name());
                }
            }
        } else if (s instanceof Global g) {
            for (String n : g.names()) {
                if (sc.params.contains(n)) {
                    throw error("name '" + n + "' is parameter and global", g.pos());
                }
                sc.globals.add(n);
            }
        } else if (s instanceof Nonlocal n) {
            if (sc.kind == Scope.Kind.MODULE) {
                throw error("nonlocal declaration not allowed at module level", n.pos());
            }
            sc.nonlocals.addAll(n.names());
        } else if (s instanceof ExprStmt e) {
            expr(e.value(), sc);
        }
    }

    private void function(Stmt node, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
                          boolean async, Scope sc) {
        exprs(decorators, sc);
        defaults(args, sc);
        exprOpt(returns, sc);
        sc.bound.add(name);
        Scope fn = new Scope(Scope.Kind.FUNCTION, name, sc);
        fn.coroutine = async;
        byNode.put(node, fn);
        params(args, fn);
        stmts(body, fn);
    }

    private void defaults(Arguments args, Scope sc) {
        exprs(args.defaults(), sc);
        for (Expr e : args.kwDefaults()) {
            exprOpt(e, sc);
        }
        for (Arg a : allArgs(args)) {
            exprOpt(a.annotation(), sc);
        }
    }

    static List<Arg> allArgs(Arguments args) {
        java.util.ArrayList<Arg> all = new java.util.ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        all.addAll(args.kwonlyargs());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        return all;
    }

    private void params(Arguments args, Scope fn) {
        for (Arg a : allArgs(args)) {
            if (fn.params.contains(a.arg())) {
                throw error("duplicate argument '" + a.arg() + "' in function definition", a.pos());
            }
            fn.params.add(a.arg());
            fn.bound.add(a.arg());
        }
    }

    private void exprs(List<Expr> es, Scope sc) {
        for (Expr e : es) {
            expr(e, sc);
        }
    }

    private void exprOpt(Expr e, Scope sc) {
        if (e != null) {
            expr(e, sc);
        }
    }

    private void expr(Expr e, Scope sc) {
        if (e instanceof Name n) {
            if (n.ctx() == ExprContext.Load) {
                sc.used.add(n.id());
                if ((n.id().equals("super") || n.id().equals("__class__")) && sc.isFunction()) {
                    sc.usesClassCell = true;
                }
            } else {
                sc.bound.add(n.id());
            }
        } else if (e instanceof Attribute a) {
            expr(a.value(), sc);
        } else if (e instanceof Subscript s) {
            expr(s.value(), sc);
            expr(s.slice(), sc);
        } else if (e instanceof Starred s) {
            expr(s.value(), sc);
        } else if (e instanceof BinOp b) {
            expr(b.left(), sc);
            expr(b.right(), sc);
        } else if (e instanceof UnaryOp u) {
            expr(u.operand(), sc);
        } else if (e instanceof BoolOp b) {
            exprs(b.values(), sc);
        } else if (e instanceof Compare c) {
            expr(c.left(), sc);
            exprs(c.comparators(), sc);
        } else if (e instanceof Call c) {
            expr(c.func(), sc);
            exprs(c.args(), sc);
            for (Keyword k : c.keywords()) {
                expr(k.value(), sc);
            }
        } else if (e instanceof IfExp i) {
            expr(i.test(), sc);
            expr(i.body(), sc);
            expr(i.orelse(), sc);
        } else if (e instanceof Lambda l) {
            defaults(l.args(), sc);
            Scope fn = new Scope(Scope.Kind.FUNCTION, "<lambda>", sc);
            byNode.put(l, fn);
            params(l.args(), fn);
            expr(l.body(), fn);
        } else if (e instanceof ListExpr l) {
            exprs(l.elts(), sc);
        } else if (e instanceof Tuple t) {
            exprs(t.elts(), sc);
        } else if (e instanceof SetExpr s) {
            exprs(s.elts(), sc);
        } else if (e instanceof Dict d) {
            for (Expr k : d.keys()) {
                exprOpt(k, sc);
            }
            exprs(d.values(), sc);
        } else if (e instanceof ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), List.of(c.elt()), false, sc);
        } else if (e instanceof SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), List.of(c.elt()), false, sc);
        } else if (e instanceof DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), List.of(c.key(), c.value()), false, sc);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), List.of(c.elt()), true, sc);
        } else if (e instanceof Yield y) {
            exprOpt(y.value(), sc);
            sc.generator = true;
        } else if (e instanceof YieldFrom y) {
            expr(y.value(), sc);
            sc.generator = true;
        } else if (e instanceof Await a) {
            expr(a.value(), sc);
        } else if (e instanceof NamedExpr n) {
            expr(n.value(), sc);
            Scope target = sc;
            while (target.name.startsWith("<") && target.name.endsWith("comp>") || target.name.equals("<genexpr>")) {
                target = target.parent;
            }
            Name t = (Name) n.target();
            target.bound.add(t.id());
            if (target != sc) {
                sc.used.add(t.id());
                if (target.kind == Scope.Kind.MODULE) {
                    sc.globals.add(t.id());
                } else {
                    sc.nonlocals.add(t.id());
                }
            }
        } else if (e instanceof JoinedStr j) {
            exprs(j.values(), sc);
        } else if (e instanceof FormattedValue f) {
            expr(f.value(), sc);
            exprOpt(f.formatSpec(), sc);
        } else if (e instanceof Slice s) {
            exprOpt(s.lower(), sc);
            exprOpt(s.upper(), sc);
            exprOpt(s.step(), sc);
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, List<Expr> elts, boolean generator,
                               Scope sc) {
        expr(gens.get(0).iter(), sc);
        Scope fn = new Scope(Scope.Kind.FUNCTION, name, sc);
        fn.generator = generator;
        byNode.put(node, fn);
        fn.params.add(".0");
        fn.bound.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                expr(g.iter(), fn);
            }
            expr(g.target(), fn);
            exprs(g.ifs(), fn);
        }
        exprs(elts, fn);
    }

    // ---- analysis ----

    /** Resolves every name in {@code sc}; returns the free names it needs from enclosing scopes. */
    private Set<String> analyze(Scope sc, Set<String> visible) {
        Set<String> free = new HashSet<>();
        for (String g : sc.globals) {
            sc.bindings.put(g, Binding.GLOBAL_EXPLICIT);
        }
        for (String n : sc.nonlocals) {
            if (!visible.contains(n)) {
                throw error("no binding for nonlocal '" + n + "' found", null);
            }
            sc.bindings.put(n, Binding.FREE);
            sc.frees.add(n);
            free.add(n);
        }
        for (String b : sc.bound) {
            if (!sc.globals.contains(b) && !sc.nonlocals.contains(b)) {
                sc.bindings.put(b, Binding.LOCAL);
            }
        }
        if (sc.kind == Scope.Kind.MODULE) {
            for (String b : sc.bound) {
                sc.bindings.put(b, Binding.LOCAL);
            }
        }
        if (sc.usesClassCell && sc.isFunction() && !sc.bound.contains("__class__") && visible.contains("__class__")) {
            sc.bindings.put("__class__", Binding.FREE);
            sc.frees.add("__class__");
            free.add("__class__");
        }
        Set<String> childVisible = new HashSet<>();
        if (sc.kind == Scope.Kind.FUNCTION) {
            childVisible.addAll(visible);
            for (String b : sc.bound) {
                if (sc.bindings.get(b) == Binding.LOCAL) {
                    childVisible.add(b);
                }
            }
            childVisible.addAll(sc.frees);
        } else if (sc.kind == Scope.Kind.CLASS) {
            childVisible.addAll(visible);
            // A class offers its methods the implicit __class__ cell (for zero-argument super()).
            childVisible.add("__class__");
        }
        for (Scope child : sc.children) {
            for (String f : analyze(child, childVisible)) {
                if (sc.kind == Scope.Kind.CLASS && f.equals("__class__")) {
                    sc.needsClassCell = true;
                    sc.cells.add("__class__");
                    continue;
                }
                if (sc.kind == Scope.Kind.MODULE) {
                    continue;
                }
                if (sc.kind == Scope.Kind.FUNCTION && sc.bindings.get(f) == Binding.LOCAL) {
                    sc.bindings.put(f, Binding.CELL);
                    sc.cells.add(f);
                } else if (sc.kind == Scope.Kind.FUNCTION && sc.bindings.get(f) == Binding.CELL) {
                    continue;
                } else {
                    sc.frees.add(f);
                    if (sc.kind == Scope.Kind.FUNCTION || !sc.bindings.containsKey(f)) {
                        sc.bindings.putIfAbsent(f, Binding.FREE);
                        if (sc.kind == Scope.Kind.FUNCTION) {
                            sc.bindings.put(f, Binding.FREE);
                        }
                    }
                    free.add(f);
                }
            }
        }
        for (String u : sc.used) {
            if (sc.bindings.containsKey(u)) {
                continue;
            }
            if (sc.kind != Scope.Kind.MODULE && visible.contains(u)) {
                sc.bindings.put(u, Binding.FREE);
                sc.frees.add(u);
                free.add(u);
            } else if (sc.kind == Scope.Kind.FUNCTION) {
                sc.bindings.put(u, Binding.GLOBAL_IMPLICIT);
            }
        }
        return free;
    }

    private PySyntaxError error(String msg, Pos pos) {
        int line = pos == null ? 1 : pos.line();
        int col = pos == null ? 1 : pos.col() + 1;
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, line, col,
                pos == null ? line : pos.endLine(), pos == null ? col : pos.endCol() + 1, null);
    }
}
