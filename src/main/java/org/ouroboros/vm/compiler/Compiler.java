package org.ouroboros.vm.compiler;

import static org.ouroboros.vm.code.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.ouroboros.lang.PySyntaxError;
import org.ouroboros.lang.ast.*;
import org.ouroboros.lang.parser.Parser;
import org.ouroboros.lang.symtable.NameScope;
import org.ouroboros.lang.symtable.Scope;
import org.ouroboros.lang.symtable.ScopeType;
import org.ouroboros.lang.symtable.Symbol;
import org.ouroboros.lang.symtable.SymbolTable;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.code.Opcode;
import org.ouroboros.vm.compiler.CodeBuilder.Handler;
import org.ouroboros.vm.compiler.CodeBuilder.Label;
import org.ouroboros.vm.interp.PyCode;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyConstants;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;

/**
 * AST + scopes → {@link CodeObject}, emitting CPython 3.11's instruction sequences (PUSH_NULL +
 * CALL, LOAD_METHOD, BINARY_OP, exception-table try/except/finally/with, SEND loops for
 * yield from/await, comprehensions as nested functions).
 */
public final class Compiler {
    private final String filename;
    private final SymbolTable scopes;
    private final Function<String, PyStr> interner;
    private final ConstantFolder folder;
    /** Where SyntaxWarnings go (see {@link CompileWarning}). */
    private java.util.function.Consumer<CompileWarning> warnings = w -> { };
    /** compile(..., 'single'): the module's expression statements print their value's repr. */
    private boolean interactive;
    private Unit u;

    private enum BlockKind { WHILE_LOOP, FOR_LOOP, ASYNC_FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH,
        HANDLER_CLEANUP, POP_VALUE, EXCEPTION_HANDLER }

    /** A compile-time block (CPython's fblockinfo): what an early exit must undo. */
    private record FBlock(BlockKind kind, Label exit, Label cont, Object datum, Handler handlerBefore) {}

    /** The code object being compiled and its context. */
    private static final class Unit {
        final Scope scope;
        final CodeBuilder b;
        final String qualname;
        final Deque<FBlock> blocks = new ArrayDeque<>();
        int depth;
        /** The innermost enclosing class, for private-name mangling (null outside classes). */
        String className;

        Unit(Scope scope, CodeBuilder b, String qualname) {
            this.scope = scope;
            this.b = b;
            this.qualname = qualname;
        }
    }

    private Compiler(String filename, SymbolTable scopes, Function<String, PyStr> interner) {
        this.filename = filename;
        this.scopes = scopes;
        this.interner = interner;
        this.folder = new ConstantFolder(this::literal, interner);
    }

    /** Parses and compiles a module. */
    public static CodeObject compileModule(String source, String filename, Function<String, PyStr> interner)
            throws SourceError {
        return compileModule(source, filename, interner, w -> { });
    }

    /** As {@link #compileModule(String, String, Function)}, handing each SyntaxWarning to {@code warnings}. */
    public static CodeObject compileModule(String source, String filename, Function<String, PyStr> interner,
            java.util.function.Consumer<CompileWarning> warnings) throws SourceError {
        return compileModule(source, filename, interner, warnings, false);
    }

    /** compile()'s 'single' mode: as a module whose top-level expression statements echo their value. */
    public static CodeObject compileInteractive(String source, String filename, Function<String, PyStr> interner,
            java.util.function.Consumer<CompileWarning> warnings) throws SourceError {
        return compileModule(source, filename, interner, warnings, true);
    }

    private static CodeObject compileModule(String source, String filename, Function<String, PyStr> interner,
            java.util.function.Consumer<CompileWarning> warnings, boolean interactive) throws SourceError {
        try {
            org.ouroboros.lang.ast.Module mod;
            SymbolTable scopes;
            try {
                org.ouroboros.lang.FrontEnd.Analysis analysis = org.ouroboros.lang.FrontEnd.analyze(source, filename);
                mod = analysis.module();
                scopes = analysis.symbols();
            } catch (PySyntaxError e) {
                throw e;
            } catch (RuntimeException e) {
                // The front end's later checks failed internally: compile from the plain parse instead.
                mod = Parser.parse(source, filename);
                scopes = SymbolTable.build(mod, source, filename);
            }
            Compiler c = new Compiler(filename, scopes, interner);
            c.warnings = warnings;
            c.interactive = interactive;
            return c.module(mod);
        } catch (PySyntaxError e) {
            throw new SourceError(e);
        }
    }

    /** Parses and compiles an expression for eval(). */
    public static CodeObject compileEval(String source, String filename, Function<String, PyStr> interner)
            throws SourceError {
        return compileEval(source, filename, interner, w -> { });
    }

    /** As {@link #compileEval(String, String, Function)}, handing each SyntaxWarning to {@code warnings}. */
    public static CodeObject compileEval(String source, String filename, Function<String, PyStr> interner,
            java.util.function.Consumer<CompileWarning> warnings) throws SourceError {
        try {
            org.ouroboros.lang.FrontEnd.ExpressionAnalysis analysis =
                    org.ouroboros.lang.FrontEnd.analyzeExpression(source, filename);
            Expression e = analysis.expression();
            SymbolTable scopes = analysis.symbols();
            Compiler c = new Compiler(filename, scopes, interner);
            c.warnings = warnings;
            c.u = new Unit(scopes.top(), new CodeBuilder(List.of(), List.of(), List.of(), e.body().pos()), "<module>");
            c.u.b.emit(RESUME, 0);
            c.expr(e.body());
            c.u.b.emit(RETURN_VALUE);
            return c.u.b.build("<module>", "<module>", filename, 1, 0, 0, 0, 0);
        } catch (PySyntaxError err) {
            throw new SourceError(err);
        }
    }

    /**
     * Where CPython 3.11's compiler_jump_if leaves the location after a condition: a comparison
     * sets it to itself and nothing restores it, so an assert's AssertionError points at the last
     * comparison its test evaluated (through not/and/or/if-else); other tests keep the statement's.
     */
    private static Pos conditionLocation(Expr test, Pos current) {
        if (test instanceof Compare c) {
            return c.pos();
        }
        if (test instanceof UnaryOp u && u.op() == UnaryOperator.Not) {
            return conditionLocation(u.operand(), current);
        }
        if (test instanceof BoolOp b) {
            Pos p = current;
            for (Expr v : b.values()) {
                p = conditionLocation(v, p);
            }
            return p;
        }
        if (test instanceof IfExp i) {
            return conditionLocation(i.orelse(), conditionLocation(i.body(), conditionLocation(i.test(), current)));
        }
        return current;
    }

    /** {@code from __future__ import annotations}: annotations stay unevaluated (not stored). */
    private boolean futureAnnotations;

    private static boolean futureAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof org.ouroboros.lang.ast.ImportFrom f && "__future__".equals(f.module())
                    && f.names().stream().anyMatch(a -> a.name().equals("annotations"))) {
                return true;
            }
        }
        return false;
    }

    private CodeObject module(org.ouroboros.lang.ast.Module mod) {
        futureAnnotations = futureAnnotations(mod.body());
        Pos first = new Pos(mod.body().isEmpty() ? 1 : mod.body().get(0).pos().line(), 0,
                mod.body().isEmpty() ? 1 : mod.body().get(0).pos().line(), 0);
        u = new Unit(scopes.top(), new CodeBuilder(List.of(), List.of(), List.of(), new Pos(0, -1, 0, -1)), "<module>");
        u.b.emit(RESUME, 0);
        u.b.pos = first;
        List<Stmt> body = mod.body();
        int start = 0;
        if (docstring(body) != null) {
            u.b.pos = body.get(0).pos();
            loadConst(new PyStr(docstring(body)));
            u.b.emit(STORE_NAME, u.b.name("__doc__"));
            start = 1;
        }
        if (hasAnnotations(body)) {
            u.b.emit(SETUP_ANNOTATIONS);
        }
        for (int i = start; i < body.size(); i++) {
            stmt(body.get(i));
        }
        loadConst(PyConstants.NONE);
        u.b.emit(RETURN_VALUE);
        return u.b.build("<module>", "<module>", filename, 1, 0, 0, 0, 0);
    }

    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof AnnAssign) {
                return true;
            }
        }
        return false;
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
                && c.value() instanceof Literal.StrLit s) {
            return s.value();
        }
        return null;
    }

    // ---- constants ----

    private void loadConst(PyObject value) {
        u.b.emit(LOAD_CONST, u.b.constant(canonical(value)));
    }

    /**
     * CPython merges equal constants across all the code objects of one compilation (its
     * c_const_cache), so a 1000 in a function is the very object a 1000 at module level is.
     */
    private final java.util.Map<Object, PyObject> constCache = new java.util.HashMap<>();

    private PyObject canonical(PyObject value) {
        Object key = CodeBuilder.constKey(value);
        PyObject prior = constCache.putIfAbsent(key, value);
        return prior != null ? prior : value;
    }

    private PyObject literal(Literal lit) {
        if (lit instanceof Literal.IntLit i) {
            return org.ouroboros.vm.object.PyInt.of(i.value());
        }
        if (lit instanceof Literal.FloatLit f) {
            return new org.ouroboros.vm.object.PyFloat(f.value());
        }
        if (lit instanceof Literal.StrLit s) {
            return s.value().isEmpty() ? PyStr.EMPTY : isIdentifierLike(s.value()) ? interner.apply(s.value()) : new PyStr(s.value());
        }
        if (lit instanceof Literal.BytesLit b) {
            return new org.ouroboros.vm.object.PyBytes(b.value());
        }
        if (lit instanceof Literal.BoolLit b) {
            return org.ouroboros.vm.object.PyBool.of(b.value());
        }
        if (lit instanceof Literal.EllipsisLit) {
            return PyConstants.ELLIPSIS;
        }
        if (lit instanceof Literal.ImagLit im) {
            return new org.ouroboros.vm.object.PyComplex(0.0, im.imag());
        }
        return PyConstants.NONE;
    }

    /** CPython interns string constants made only of ASCII letters, digits and underscores. */
    static boolean isIdentifierLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) {
                return false;
            }
        }
        return true;
    }

    // ---- names ----

    /**
     * CPython's compiler_nameop: the symbol table's scope for the (mangled) name picks the
     * instruction family; function locals are fast, class bodies read free names with LOAD_CLASSDEREF.
     */
    private void nameOp(String name, ExprContext ctx) {
        Scope sc = u.scope;
        String mangled = mangle(name);
        NameScope scope = sc.scopeOf(mangled);
        CodeBuilder cb = u.b;
        switch (scope) {
            case CELL, FREE -> {
                if (sc.type() == ScopeType.CLASS && ctx == ExprContext.Load) {
                    cb.emit(LOAD_CLASSDEREF, cb.cell(mangled));
                } else {
                    cb.emit(ctx == ExprContext.Load ? LOAD_DEREF : ctx == ExprContext.Store ? STORE_DEREF : DELETE_DEREF,
                            cb.cell(mangled));
                }
            }
            case LOCAL -> {
                if (sc.type() == ScopeType.FUNCTION) {
                    cb.emit(ctx == ExprContext.Load ? LOAD_FAST : ctx == ExprContext.Store ? STORE_FAST : DELETE_FAST,
                            cb.varname(mangled));
                } else {
                    simpleName(name, ctx);
                }
            }
            case GLOBAL_EXPLICIT, GLOBAL_IMPLICIT -> {
                if (sc.type() == ScopeType.FUNCTION || scope == NameScope.GLOBAL_EXPLICIT) {
                    if (ctx == ExprContext.Load) {
                        cb.emit(LOAD_GLOBAL, cb.name(mangled) << 1);
                    } else {
                        cb.emit(ctx == ExprContext.Store ? STORE_GLOBAL : DELETE_GLOBAL, cb.name(mangled));
                    }
                } else {
                    simpleName(name, ctx);
                }
            }
            default -> simpleName(name, ctx);
        }
    }

    /** A function's (or comprehension's, or lambda's) co_cellvars: the CELL symbols, sorted. */
    private static List<String> cellVars(Scope sc) {
        List<String> cells = new ArrayList<>();
        if (sc.type() == ScopeType.CLASS && sc.needsClassClosure()) {
            // As compiler_enter_scope: the implicit __class__ cell comes first.
            cells.add("__class__");
        }
        cells.addAll(sc.cellVars());
        return cells;
    }

    /** co_freevars: FREE symbols, plus (in a class body) names it only passes through to its methods (DEF_FREE_CLASS), sorted. */
    private static List<String> freeVars(Scope sc) {
        List<String> frees = new ArrayList<>();
        for (Symbol sym : sc.symbols().values()) {
            if (sym.isFree() || sym.isFreeClass()) {
                frees.add(sym.name());
            }
        }
        java.util.Collections.sort(frees);
        return frees;
    }

    private void simpleName(String name, ExprContext ctx) {
        u.b.emit(ctx == ExprContext.Load ? LOAD_NAME : ctx == ExprContext.Store ? STORE_NAME : DELETE_NAME,
                u.b.name(mangle(name)));
    }

    /** CPython's private-name mangling: {@code __x} inside class A is {@code _A__x}. */
    private String mangle(String name) {
        String cls = u.className;
        if (cls == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = cls.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    /** Loads a callable with the NULL CALL expects below it. */
    private void loadCallable(Expr func) {
        NameScope scope = func instanceof Name n ? u.scope.scopeOf(mangle(n.id())) : null;
        if (func instanceof Name n && u.scope.type() == ScopeType.FUNCTION
                && (scope == NameScope.GLOBAL_IMPLICIT || scope == NameScope.GLOBAL_EXPLICIT)) {
            u.b.pos = n.pos();
            u.b.emit(LOAD_GLOBAL, (u.b.name(mangle(n.id())) << 1) | 1);
            return;
        }
        u.b.emit(PUSH_NULL);
        expr(func);
    }

    // ---- statements ----

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        u.b.pos = s.pos();
        if (s instanceof ExprStmt e) {
            expr(e.value());
            u.b.pos = s.pos();
            u.b.emit(interactive && u.scope == scopes.top() ? PRINT_EXPR : POP_TOP);
        } else if (s instanceof Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    u.b.emit(COPY, 1);
                }
                store(a.targets().get(i));
            }
        } else if (s instanceof AugAssign a) {
            augAssign(a);
        } else if (s instanceof AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
            if (a.simple() && a.target() instanceof Name n && u.scope.type() != ScopeType.FUNCTION) {
                expr(a.annotation());
                u.b.emit(LOAD_NAME, u.b.name("__annotations__"));
                loadConst(interner.apply(n.id()));
                u.b.emit(STORE_SUBSCR);
            }
        } else if (s instanceof FunctionDef f) {
            functionDef(f, f.name(), f.args(), f.returns(), f.body(), f.decoratorList(), false);
        } else if (s instanceof AsyncFunctionDef f) {
            functionDef(f, f.name(), f.args(), f.returns(), f.body(), f.decoratorList(), true);
        } else if (s instanceof ClassDef c) {
            classDef(c);
        } else if (s instanceof Return r) {
            returnStmt(r);
        } else if (s instanceof If i) {
            ifStmt(i);
        } else if (s instanceof While w) {
            whileStmt(w);
        } else if (s instanceof For f) {
            forStmt(f);
        } else if (s instanceof AsyncFor f) {
            asyncFor(f);
        } else if (s instanceof Break) {
            breakOrContinue(true, s.pos());
        } else if (s instanceof Continue) {
            breakOrContinue(false, s.pos());
        } else if (s instanceof Pass) {
            u.b.emit(NOP);
        } else if (s instanceof Delete d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n++;
                if (r.cause() != null) {
                    expr(r.cause());
                    n++;
                }
            }
            u.b.pos = s.pos();
            u.b.emit(RAISE_VARARGS, n);
        } else if (s instanceof Try t) {
            tryStmt(t);
        } else if (s instanceof With w) {
            with(w.items(), 0, w.body(), false, w.pos());
        } else if (s instanceof AsyncWith w) {
            with(w.items(), 0, w.body(), true, w.pos());
        } else if (s instanceof Assert a) {
            Label end = new Label();
            expr(a.test());
            u.b.jump(POP_JUMP_FORWARD_IF_TRUE, end);
            Pos raiseAt = conditionLocation(a.test(), s.pos());
            u.b.pos = raiseAt;
            u.b.emit(LOAD_ASSERTION_ERROR);
            if (a.msg() != null) {
                expr(a.msg());
                u.b.pos = raiseAt;
                u.b.emit(CALL, 0);
            }
            u.b.emit(RAISE_VARARGS, 1);
            u.b.bind(end);
        } else if (s instanceof Import im) {
            for (Alias al : im.names()) {
                loadConst(org.ouroboros.vm.object.PyInt.of(0));
                loadConst(PyConstants.NONE);
                u.b.emit(IMPORT_NAME, u.b.name(al.name()));
                String[] parts = al.name().split("\\.");
                if (al.asname() != null && parts.length > 1) {
                    // import a.b.c as d binds the submodule: IMPORT_FROM down the dotted path, as CPython 3.11
                    for (int i = 1; i < parts.length; i++) {
                        u.b.emit(IMPORT_FROM, u.b.name(parts[i]));
                        if (i < parts.length - 1) {
                            u.b.emit(SWAP, 2);
                            u.b.emit(POP_TOP);
                        }
                    }
                    nameOp(al.asname(), ExprContext.Store);
                    u.b.emit(POP_TOP);
                } else {
                    nameOp(al.asname() != null ? al.asname() : parts[0], ExprContext.Store);
                }
            }
        } else if (s instanceof ImportFrom im) {
            importFrom(im);
        } else if (s instanceof Global || s instanceof Nonlocal) {
            u.b.emit(NOP);
        } else {
            throw error("unsupported statement " + s.getClass().getSimpleName(), s.pos());
        }
    }

    private void importFrom(ImportFrom im) {
        loadConst(org.ouroboros.vm.object.PyInt.of(im.level()));
        PyObject[] names = new PyObject[im.names().size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = interner.apply(im.names().get(i).name());
        }
        loadConst(new PyTuple(names));
        u.b.emit(IMPORT_NAME, u.b.name(im.module() == null ? "" : im.module()));
        if (im.names().size() == 1 && im.names().get(0).name().equals("*")) {
            u.b.emit(IMPORT_STAR);
            return;
        }
        for (Alias al : im.names()) {
            u.b.emit(IMPORT_FROM, u.b.name(al.name()));
            nameOp(al.asname() != null ? al.asname() : al.name(), ExprContext.Store);
        }
        u.b.emit(POP_TOP);
    }

    private void augAssign(AugAssign a) {
        int nb = nbIndex(a.op()) + 13;
        Expr t = a.target();
        if (t instanceof Name n) {
            u.b.pos = n.pos(); // an unbound name gets its caret under the target, as CPython 3.11
            nameOp(n.id(), ExprContext.Load);
            expr(a.value());
            u.b.pos = a.pos();
            u.b.emit(BINARY_OP, nb);
            u.b.pos = n.pos();
            nameOp(n.id(), ExprContext.Store);
        } else if (t instanceof Attribute at) {
            expr(at.value());
            u.b.emit(COPY, 1);
            u.b.pos = at.pos();
            u.b.emit(LOAD_ATTR, u.b.name(mangle(at.attr())));
            expr(a.value());
            u.b.pos = a.pos();
            u.b.emit(BINARY_OP, nb);
            // As CPython 3.11: the store is located at the target, so a failing __setattr__ gets carets under it.
            u.b.pos = at.pos();
            u.b.emit(SWAP, 2);
            u.b.emit(STORE_ATTR, u.b.name(mangle(at.attr())));
        } else if (t instanceof Subscript sub) {
            expr(sub.value());
            expr(sub.slice());
            u.b.emit(COPY, 2);
            u.b.emit(COPY, 2);
            u.b.pos = sub.pos();
            u.b.emit(BINARY_SUBSCR);
            expr(a.value());
            u.b.pos = a.pos();
            u.b.emit(BINARY_OP, nb);
            u.b.pos = sub.pos();
            u.b.emit(SWAP, 3);
            u.b.emit(SWAP, 2);
            u.b.emit(STORE_SUBSCR);
        } else {
            throw error("'" + t.getClass().getSimpleName() + "' is an illegal expression for augmented assignment", a.pos());
        }
    }

    static int nbIndex(BinOperator op) {
        return switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
    }

    private void store(Expr t) {
        if (t instanceof Name n) {
            u.b.pos = n.pos();
            nameOp(n.id(), ExprContext.Store);
        } else if (t instanceof Attribute a) {
            expr(a.value());
            u.b.pos = a.pos();
            u.b.emit(STORE_ATTR, u.b.name(mangle(a.attr())));
        } else if (t instanceof Subscript s) {
            expr(s.value());
            expr(s.slice());
            u.b.pos = s.pos();
            u.b.emit(STORE_SUBSCR);
        } else if (t instanceof Tuple tu) {
            unpack(tu.elts(), tu.pos());
        } else if (t instanceof ListExpr l) {
            unpack(l.elts(), l.pos());
        } else if (t instanceof Starred st) {
            store(st.value());
        } else {
            throw error("cannot assign to expression", t.pos());
        }
    }

    private void unpack(List<Expr> elts, Pos pos) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", pos);
                }
                star = i;
            }
        }
        u.b.pos = pos;
        if (star < 0) {
            u.b.emit(UNPACK_SEQUENCE, elts.size());
        } else {
            u.b.emit(UNPACK_EX, star | ((elts.size() - star - 1) << 8));
        }
        for (Expr e : elts) {
            store(e);
        }
    }

    private void delete(Expr t) {
        if (t instanceof Name n) {
            u.b.pos = n.pos();
            nameOp(n.id(), ExprContext.Del);
        } else if (t instanceof Attribute a) {
            expr(a.value());
            u.b.pos = a.pos();
            u.b.emit(DELETE_ATTR, u.b.name(mangle(a.attr())));
        } else if (t instanceof Subscript s) {
            expr(s.value());
            expr(s.slice());
            u.b.pos = s.pos();
            u.b.emit(DELETE_SUBSCR);
        } else if (t instanceof Tuple tu) {
            for (Expr e : tu.elts()) {
                delete(e);
            }
        } else if (t instanceof ListExpr l) {
            for (Expr e : l.elts()) {
                delete(e);
            }
        } else {
            throw error("cannot delete expression", t.pos());
        }
    }

    private void ifStmt(If i) {
        Label orelse = new Label();
        Label end = new Label();
        expr(i.test());
        u.b.jump(POP_JUMP_FORWARD_IF_FALSE, orelse);
        stmts(i.body());
        if (!i.orelse().isEmpty()) {
            if (!u.b.endsWithExit()) {
                u.b.jump(JUMP_FORWARD, end);
            }
            u.b.bind(orelse);
            stmts(i.orelse());
        } else {
            u.b.bind(orelse);
        }
        u.b.bind(end);
    }

    private void whileStmt(While w) {
        Label top = new Label();
        Label orelse = new Label();
        Label exit = new Label();
        u.b.bind(top);
        expr(w.test());
        u.b.jump(POP_JUMP_FORWARD_IF_FALSE, orelse);
        u.blocks.push(new FBlock(BlockKind.WHILE_LOOP, exit, top, null, u.b.handler));
        stmts(w.body());
        u.blocks.pop();
        u.b.jump(JUMP_BACKWARD, top);
        u.b.bind(orelse);
        stmts(w.orelse());
        u.b.bind(exit);
    }

    private void forStmt(For f) {
        Label top = new Label();
        Label end = new Label();
        Label exit = new Label();
        expr(folder.iterable(f.iter()));
        u.b.pos = f.pos(); // CPython 3.11 gives GET_ITER the whole for statement's span
        u.b.emit(GET_ITER);
        u.b.bind(top);
        u.b.pos = f.pos();
        u.b.jump(FOR_ITER, end);
        u.depth++;
        store(f.target());
        u.blocks.push(new FBlock(BlockKind.FOR_LOOP, exit, top, null, u.b.handler));
        stmts(f.body());
        u.blocks.pop();
        u.b.jump(JUMP_BACKWARD, top);
        u.depth--;
        u.b.bind(end);
        u.b.pos = f.pos();
        stmts(f.orelse());
        u.b.bind(exit);
    }

    private void asyncFor(AsyncFor f) {
        Label top = new Label();
        Label end = new Label();
        Label exit = new Label();
        expr(f.iter());
        u.b.pos = f.pos();
        u.b.emit(GET_AITER);
        u.b.bind(top);
        u.depth++;
        Handler outer = u.b.handler;
        u.b.handler = new Handler(end, u.depth, false);
        u.b.pos = f.pos();
        u.b.emit(GET_ANEXT);
        loadConst(PyConstants.NONE);
        sendLoop(3);
        u.b.handler = outer;
        store(f.target());
        u.blocks.push(new FBlock(BlockKind.ASYNC_FOR_LOOP, exit, top, null, u.b.handler));
        stmts(f.body());
        u.blocks.pop();
        u.b.pos = f.pos();
        u.b.jump(JUMP_BACKWARD, top);
        u.depth--;
        u.b.bind(end);
        u.b.emit(END_ASYNC_FOR);
        stmts(f.orelse());
        u.b.bind(exit);
    }

    /** TOS1 is the receiver, TOS the value to send: the SEND/YIELD_VALUE loop of yield from and await. */
    private void sendLoop(int resumeArg) {
        Label loop = new Label();
        Label exit = new Label();
        u.b.bind(loop);
        u.b.jump(SEND, exit);
        u.b.emit(YIELD_VALUE);
        u.b.emit(RESUME, resumeArg);
        u.b.jump(JUMP_BACKWARD_NO_INTERRUPT, loop);
        u.b.bind(exit);
    }

    private void breakOrContinue(boolean isBreak, Pos pos) {
        Handler saved = u.b.handler;
        Deque<FBlock> popped = new ArrayDeque<>();
        FBlock loop = null;
        int savedDepth = u.depth;
        while (!u.blocks.isEmpty()) {
            FBlock top = u.blocks.peek();
            if (top.kind == BlockKind.WHILE_LOOP || top.kind == BlockKind.FOR_LOOP || top.kind == BlockKind.ASYNC_FOR_LOOP) {
                loop = top;
                break;
            }
            popped.push(u.blocks.pop());
            unwind(top, false);
        }
        if (loop == null) {
            throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", pos);
        }
        u.b.pos = pos;
        if (isBreak) {
            unwind(loop, false);
            u.b.jump(JUMP_FORWARD, loop.exit);
        } else {
            u.b.jump(JUMP_BACKWARD, loop.cont);
        }
        while (!popped.isEmpty()) {
            u.blocks.push(popped.pop());
        }
        u.b.handler = saved;
        u.depth = savedDepth;
    }

    private void returnStmt(Return r) {
        if (u.scope.type() != ScopeType.FUNCTION) {
            throw error("'return' outside function", r.pos());
        }
        boolean preserve = r.value() != null;
        if (preserve) {
            expr(r.value());
        }
        Handler saved = u.b.handler;
        int savedDepth = u.depth;
        Deque<FBlock> popped = new ArrayDeque<>();
        if (preserve) {
            u.depth++;
        }
        while (!u.blocks.isEmpty()) {
            FBlock top = u.blocks.pop();
            popped.push(top);
            unwind(top, preserve);
        }
        u.b.pos = r.pos();
        if (!preserve) {
            loadConst(PyConstants.NONE);
        }
        u.b.emit(RETURN_VALUE);
        while (!popped.isEmpty()) {
            u.blocks.push(popped.pop());
        }
        u.b.handler = saved;
        u.depth = savedDepth;
    }

    /** Emits what leaving {@code block} early requires (CPython's compiler_unwind_fblock). */
    private void unwind(FBlock block, boolean preserveTos) {
        switch (block.kind) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> { }
            case FOR_LOOP, ASYNC_FOR_LOOP -> {
                if (preserveTos) {
                    u.b.emit(SWAP, 2);
                }
                u.b.emit(POP_TOP);
                u.depth--;
            }
            case TRY_EXCEPT -> u.b.handler = block.handlerBefore;
            case FINALLY_TRY -> {
                u.b.handler = block.handlerBefore;
                if (preserveTos) {
                    u.blocks.push(new FBlock(BlockKind.POP_VALUE, null, null, null, u.b.handler));
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) block.datum;
                stmts(finalbody);
                if (preserveTos) {
                    u.blocks.pop();
                }
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    u.b.emit(SWAP, 2);
                }
                u.b.emit(POP_TOP);
                if (preserveTos) {
                    u.b.emit(SWAP, 2);
                }
                u.b.handler = block.handlerBefore;
                u.b.emit(POP_EXCEPT);
                u.depth -= 2;
            }
            case WITH, ASYNC_WITH -> {
                u.b.handler = block.handlerBefore;
                if (preserveTos) {
                    u.b.emit(SWAP, 2);
                }
                callExitWithNones();
                if (block.kind == BlockKind.ASYNC_WITH) {
                    u.b.emit(GET_AWAITABLE, 2);
                    loadConst(PyConstants.NONE);
                    sendLoop(3);
                }
                u.b.emit(POP_TOP);
                u.depth--;
            }
            case HANDLER_CLEANUP -> {
                if (preserveTos) {
                    u.b.emit(SWAP, 2);
                }
                u.b.handler = block.handlerBefore;
                u.b.emit(POP_EXCEPT);
                if (block.datum != null) {
                    loadConst(PyConstants.NONE);
                    nameOp((String) block.datum, ExprContext.Store);
                    nameOp((String) block.datum, ExprContext.Del);
                }
                u.depth--;
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    u.b.emit(SWAP, 2);
                }
                u.b.emit(POP_TOP);
            }
            default -> { }
        }
    }

    private void callExitWithNones() {
        loadConst(PyConstants.NONE);
        loadConst(PyConstants.NONE);
        loadConst(PyConstants.NONE);
        u.b.emit(CALL, 2);
    }

    private void tryStmt(Try t) {
        if (!t.finalbody().isEmpty()) {
            tryFinally(t);
        } else {
            tryExcept(t.body(), t.handlers(), t.orelse(), t.pos());
        }
    }

    private void tryFinally(Try t) {
        Label finalHandler = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        Handler outer = u.b.handler;
        int d = u.depth;
        u.b.handler = new Handler(finalHandler, d, false);
        u.blocks.push(new FBlock(BlockKind.FINALLY_TRY, null, null, t.finalbody(), outer));
        if (t.handlers().isEmpty()) {
            u.b.emit(NOP);
            stmts(t.body());
            if (!t.orelse().isEmpty()) {
                stmts(t.orelse());
            }
        } else {
            tryExcept(t.body(), t.handlers(), t.orelse(), t.pos());
        }
        u.blocks.pop();
        u.b.handler = outer;
        stmts(t.finalbody());
        u.b.jump(JUMP_FORWARD, exit);
        // Exceptional path: run the finally body with the exception saved, then re-raise it.
        u.b.bind(finalHandler);
        u.b.pos = t.finalbody().get(0).pos();
        u.b.handler = new Handler(cleanup, d + 1, true);
        u.b.emit(PUSH_EXC_INFO);
        u.depth = d + 2;
        u.blocks.push(new FBlock(BlockKind.FINALLY_END, null, null, null, outer));
        stmts(t.finalbody());
        u.blocks.pop();
        u.b.emit(RERAISE, 0);
        u.depth = d;
        u.b.bind(cleanup);
        popExceptAndReraise(outer);
        u.b.bind(exit);
    }

    /** COPY 3; POP_EXCEPT; RERAISE 1 under the outer handler. */
    private void popExceptAndReraise(Handler outer) {
        u.b.handler = outer;
        u.b.emit(COPY, 3);
        u.b.emit(POP_EXCEPT);
        u.b.emit(RERAISE, 1);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Pos pos) {
        Label except = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Handler outer = u.b.handler;
        int d = u.depth;
        u.b.handler = new Handler(except, d, false);
        u.blocks.push(new FBlock(BlockKind.TRY_EXCEPT, null, null, null, outer));
        u.b.emit(NOP);
        stmts(body);
        u.blocks.pop();
        u.b.handler = outer;
        stmts(orelse);
        u.b.jump(JUMP_FORWARD, end);
        u.b.bind(except);
        Handler cleanupHandler = new Handler(cleanup, d + 1, true);
        u.b.handler = cleanupHandler;
        u.b.pos = handlers.get(0).pos();
        u.b.emit(PUSH_EXC_INFO);
        u.depth = d + 2;
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            u.b.pos = h.pos();
            Label next = new Label();
            if (h.type() == null && i < handlers.size() - 1) {
                throw error("default 'except:' must be last", h.pos());
            }
            if (h.type() != null) {
                expr(h.type());
                u.b.pos = h.pos();
                u.b.emit(CHECK_EXC_MATCH);
                u.b.jump(POP_JUMP_FORWARD_IF_FALSE, next);
            }
            if (h.name() != null) {
                nameOp(h.name(), ExprContext.Store);
                u.depth = d + 1;
                Label cleanupBody = new Label();
                u.b.handler = new Handler(cleanupBody, d + 1, true);
                u.blocks.push(new FBlock(BlockKind.HANDLER_CLEANUP, null, null, h.name(), cleanupHandler));
                stmts(h.body());
                u.blocks.pop();
                u.b.handler = cleanupHandler;
                u.b.emit(POP_EXCEPT);
                loadConst(PyConstants.NONE);
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                u.b.jump(JUMP_FORWARD, end);
                u.b.bind(cleanupBody);
                loadConst(PyConstants.NONE);
                nameOp(h.name(), ExprContext.Store);
                nameOp(h.name(), ExprContext.Del);
                u.b.emit(RERAISE, 1);
            } else {
                u.b.emit(POP_TOP);
                u.depth = d + 1;
                u.blocks.push(new FBlock(BlockKind.HANDLER_CLEANUP, null, null, null, cleanupHandler));
                stmts(h.body());
                u.blocks.pop();
                u.b.handler = cleanupHandler;
                u.b.emit(POP_EXCEPT);
                u.b.jump(JUMP_FORWARD, end);
            }
            u.depth = d + 2;
            u.b.bind(next);
        }
        u.b.handler = cleanupHandler;
        u.b.emit(RERAISE, 0);
        u.b.bind(cleanup);
        popExceptAndReraise(outer);
        u.depth = d;
        u.b.handler = outer;
        u.b.bind(end);
    }

    private void with(List<WithItem> items, int index, List<Stmt> body, boolean async, Pos pos) {
        WithItem item = items.get(index);
        Label finalHandler = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        Handler outer = u.b.handler;
        int d = u.depth;
        expr(item.contextExpr());
        u.b.pos = pos;
        if (async) {
            u.b.emit(BEFORE_ASYNC_WITH);
            u.b.emit(GET_AWAITABLE, 1);
            loadConst(PyConstants.NONE);
            sendLoop(3);
        } else {
            u.b.emit(BEFORE_WITH);
        }
        u.depth = d + 1;
        u.b.handler = new Handler(finalHandler, d + 1, true);
        u.blocks.push(new FBlock(async ? BlockKind.ASYNC_WITH : BlockKind.WITH, null, null, null, outer));
        if (item.optionalVars() != null) {
            store(item.optionalVars());
        } else {
            u.b.emit(POP_TOP);
        }
        if (index + 1 < items.size()) {
            with(items, index + 1, body, async, pos);
        } else {
            stmts(body);
        }
        u.blocks.pop();
        u.b.handler = outer;
        u.b.pos = pos;
        callExitWithNones();
        if (async) {
            u.b.emit(GET_AWAITABLE, 2);
            loadConst(PyConstants.NONE);
            sendLoop(3);
        }
        u.b.emit(POP_TOP);
        u.b.jump(JUMP_FORWARD, exit);
        u.b.bind(finalHandler);
        u.b.handler = new Handler(cleanup, d + 3, true);
        u.b.emit(PUSH_EXC_INFO);
        u.b.emit(WITH_EXCEPT_START);
        if (async) {
            u.b.emit(GET_AWAITABLE, 2);
            loadConst(PyConstants.NONE);
            sendLoop(3);
        }
        Label suppress = new Label();
        u.b.jump(POP_JUMP_FORWARD_IF_TRUE, suppress);
        u.b.emit(RERAISE, 2);
        u.b.bind(cleanup);
        popExceptAndReraise(outer);
        u.b.bind(suppress);
        u.b.handler = new Handler(cleanup, d + 3, true);
        u.b.emit(POP_TOP);
        u.b.handler = outer;
        u.b.emit(POP_EXCEPT);
        u.b.emit(POP_TOP);
        u.b.emit(POP_TOP);
        u.b.bind(exit);
        u.depth = d;
    }

    // ---- functions and classes ----

    private String qualname(String name) {
        Scope sc = u.scope;
        if (sc.type() == ScopeType.MODULE) {
            return name;
        }
        if (sc.type() == ScopeType.FUNCTION) {
            return u.qualname + ".<locals>." + name;
        }
        return u.qualname + "." + name;
    }

    private void functionDef(Stmt node, String name, Arguments args, Expr returns, List<Stmt> body,
                             List<Expr> decorators, boolean async) {
        for (Expr d : decorators) {
            expr(d);
        }
        u.b.pos = node.pos();
        int flags = defaultsAndAnnotations(args);
        flags |= annotations(args, returns);
        u.b.pos = node.pos();
        Scope fs = scopes.scopeOf(node);
        String qual = qualname(name);
        if (u.scope.scopeOf(mangle(name)) == NameScope.GLOBAL_EXPLICIT) {
            qual = name;
        }
        CodeObject code = compileFunctionBody(fs, name, qual, args, body, null, async, node.pos());
        makeFunction(code, fs, flags, node.pos());
        for (int i = 0; i < decorators.size(); i++) {
            u.b.pos = decorators.get(decorators.size() - 1 - i).pos();
            u.b.emit(CALL, 0);
        }
        u.b.pos = node.pos();
        nameOp(name, ExprContext.Store);
    }

    /**
     * Pushes the {@code __annotations__} tuple (name, value, name, value, ...) in CPython 3.11's
     * order (args, then positional-only, *args, keyword-only, **kwargs, return); returns flag 4, or
     * 0 when nothing is annotated.
     */
    private int annotations(Arguments args, Expr returns) {
        if (futureAnnotations) {
            return 0;
        }
        List<org.ouroboros.lang.ast.Arg> annotated = new ArrayList<>();
        annotated.addAll(args.args());
        annotated.addAll(args.posonlyargs());
        if (args.vararg() != null) {
            annotated.add(args.vararg());
        }
        annotated.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            annotated.add(args.kwarg());
        }
        int n = 0;
        for (org.ouroboros.lang.ast.Arg a : annotated) {
            if (a.annotation() != null) {
                loadConst(interner.apply(mangle(a.arg())));
                expr(a.annotation());
                n += 2;
            }
        }
        if (returns != null) {
            loadConst(interner.apply("return"));
            expr(returns);
            n += 2;
        }
        if (n == 0) {
            return 0;
        }
        u.b.emit(BUILD_TUPLE, n);
        return 4;
    }

    /** Pushes defaults tuple and kw-defaults dict; returns MAKE_FUNCTION flags for them. */
    private int defaultsAndAnnotations(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            PyObject[] folded = folder.constants(args.defaults());
            if (folded != null) {
                // CPython's flow-graph optimiser folds BUILD_TUPLE over constants into one constant.
                loadConst(new PyTuple(folded));
            } else {
                for (Expr e : args.defaults()) {
                    expr(e);
                }
                u.b.emit(BUILD_TUPLE, args.defaults().size());
            }
            flags |= 1;
        }
        List<PyObject> kwNames = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr dflt = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            if (dflt != null) {
                kwNames.add(interner.apply(mangle(args.kwonlyargs().get(i).arg())));
                expr(dflt);
            }
        }
        if (!kwNames.isEmpty()) {
            loadConst(PyTuple.of(kwNames));
            u.b.emit(BUILD_CONST_KEY_MAP, kwNames.size());
            flags |= 2;
        }
        return flags;
    }

    private void makeFunction(CodeObject code, Scope fs, int flags, Pos pos) {
        if (code.freevars().length > 0) {
            for (String free : code.freevars()) {
                u.b.emit(LOAD_CLOSURE, u.b.cell(free));
            }
            u.b.emit(BUILD_TUPLE, code.freevars().length);
            flags |= 8;
        }
        u.b.pos = pos;
        loadConst(new PyCode(code));
        u.b.emit(MAKE_FUNCTION, flags);
    }

    /**
     * CPython's prefix of a code object with closures: COPY_FREE_VARS, then MAKE_CELL for each
     * cell, without a line number (they run before RESUME).
     */
    private void closurePrefix() {
        CodeBuilder b = u.b;
        Pos saved = b.pos;
        b.pos = new Pos(0, -1, 0, -1);
        if (!b.freevars.isEmpty()) {
            b.emit(COPY_FREE_VARS, b.freevars.size());
        }
        for (int i = 0; i < b.cellvars.size(); i++) {
            b.emit(MAKE_CELL, i);
        }
        b.pos = saved;
    }

    private CodeObject compileFunctionBody(Scope fs, String name, String qual, Arguments args, List<Stmt> body,
                                           Expr lambdaBody, boolean async, Pos pos) {
        Unit outer = u;
        List<String> cellvars = cellVars(fs);
        List<String> freevars = freeVars(fs);
        u = new Unit(fs, new CodeBuilder(fs.parameters(), cellvars, freevars, pos), qual);
        u.className = outer.className;
        closurePrefix();
        int flags = CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
        if (args.vararg() != null) {
            flags |= CodeObject.CO_VARARGS;
        }
        if (args.kwarg() != null) {
            flags |= CodeObject.CO_VARKEYWORDS;
        }
        if (freevars.isEmpty() && cellvars.isEmpty()) {
            flags |= CodeObject.CO_NOFREE;
        }
        if (outer.scope.type() != ScopeType.MODULE) {
            flags |= CodeObject.CO_NESTED;
        }
        boolean generator = fs.isGenerator();
        if (async && generator) {
            flags |= CodeObject.CO_ASYNC_GENERATOR;
        } else if (async) {
            flags |= CodeObject.CO_COROUTINE;
        } else if (generator) {
            flags |= CodeObject.CO_GENERATOR;
        }
        u.b.pos = new Pos(pos.line(), pos.col(), pos.line(), pos.col());
        if (async || generator) {
            u.b.emit(RETURN_GENERATOR);
            u.b.emit(POP_TOP);
        }
        u.b.emit(RESUME, 0);
        String doc = lambdaBody == null ? docstring(body) : null;
        if (doc != null) {
            u.b.constant(canonical(new PyStr(doc)));
            flags |= PyCode.CO_HAS_DOCSTRING;
        } else if (lambdaBody == null) {
            u.b.constant(PyConstants.NONE);
        }
        if (lambdaBody != null) {
            expr(lambdaBody);
            u.b.pos = lambdaBody.pos();
            u.b.emit(RETURN_VALUE);
        } else {
            stmts(doc != null ? body.subList(1, body.size()) : body);
            if (!u.b.endsWithExit()) {
                loadConst(PyConstants.NONE);
                u.b.emit(RETURN_VALUE);
            }
        }
        int nposonly = args.posonlyargs().size();
        int argcount = nposonly + args.args().size();
        CodeObject code = u.b.build(name, qual, filename, pos.line(), argcount, nposonly, args.kwonlyargs().size(), flags);
        u = outer;
        return code;
    }

    private void classDef(ClassDef c) {
        for (Expr d : c.decoratorList()) {
            expr(d);
        }
        u.b.pos = c.pos();
        Scope cs = scopes.scopeOf(c);
        String qual = qualname(c.name());
        Unit outer = u;
        u = new Unit(cs, new CodeBuilder(List.of(), cellVars(cs), freeVars(cs), c.pos()), qual);
        u.className = c.name();
        closurePrefix();
        u.b.pos = c.pos();
        u.b.emit(RESUME, 0);
        u.b.emit(LOAD_NAME, u.b.name("__name__"));
        u.b.emit(STORE_NAME, u.b.name("__module__"));
        loadConst(new PyStr(qual));
        u.b.emit(STORE_NAME, u.b.name("__qualname__"));
        List<Stmt> body = c.body();
        if (docstring(body) != null) {
            u.b.pos = body.get(0).pos();
            loadConst(new PyStr(docstring(body)));
            u.b.emit(STORE_NAME, u.b.name("__doc__"));
            body = body.subList(1, body.size());
        }
        if (hasAnnotations(body)) {
            u.b.emit(SETUP_ANNOTATIONS);
        }
        stmts(body);
        // CPython's epilogue has no line of its own: it stays on the body's last line.
        u.b.pos = u.b.lastPos(c.pos());
        if (cs.needsClassClosure()) {
            u.b.emit(LOAD_CLOSURE, u.b.cell("__class__"));
            u.b.emit(COPY, 1);
            u.b.emit(STORE_NAME, u.b.name("__classcell__"));
            u.b.emit(RETURN_VALUE);
        } else {
            loadConst(PyConstants.NONE);
            u.b.emit(RETURN_VALUE);
        }
        CodeObject code = u.b.build(c.name(), qual, filename, c.pos().line(), 0, 0, 0, 0);
        u = outer;
        u.b.pos = c.pos();
        u.b.emit(PUSH_NULL);
        u.b.emit(LOAD_BUILD_CLASS);
        makeFunction(code, cs, 0, c.pos());
        loadConst(interner.apply(c.name()));
        callArguments(c.bases(), c.keywords(), 2, c.pos());
        for (int i = 0; i < c.decoratorList().size(); i++) {
            u.b.emit(CALL, 0);
        }
        nameOp(c.name(), ExprContext.Store);
    }

    // ---- expressions ----

    private void expr(Expr e) {
        Pos saved = u.b.pos;
        u.b.pos = e.pos();
        // What CPython's AST optimiser would have done to this node first: fold it or rewrite it.
        PyObject folded = folder.constant(e);
        if (folded != null) {
            loadConst(folded);
        } else {
            exprInner(folder.rewrite(e));
        }
        u.b.pos = saved;
    }

    private void exprInner(Expr e) {
        CodeBuilder b = u.b;
        if (e instanceof Constant c) {
            loadConst(literal(c.value()));
        } else if (e instanceof Name n) {
            nameOp(n.id(), ExprContext.Load);
        } else if (e instanceof Attribute a) {
            expr(a.value());
            b.pos = a.pos();
            b.emit(LOAD_ATTR, b.name(mangle(a.attr())));
        } else if (e instanceof Call c) {
            call(c);
        } else if (e instanceof BinOp o) {
            expr(o.left());
            expr(o.right());
            b.pos = o.pos();
            b.emit(BINARY_OP, nbIndex(o.op()));
        } else if (e instanceof UnaryOp o) {
            expr(o.operand());
            b.pos = o.pos();
            b.emit(switch (o.op()) {
                case Not -> UNARY_NOT;
                case USub -> UNARY_NEGATIVE;
                case UAdd -> UNARY_POSITIVE;
                case Invert -> UNARY_INVERT;
            });
        } else if (e instanceof BoolOp o) {
            Label end = new Label();
            List<Expr> vs = o.values();
            for (int i = 0; i < vs.size(); i++) {
                expr(vs.get(i));
                if (i < vs.size() - 1) {
                    b.jump(o.op() == BoolOperator.And ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
                }
            }
            b.bind(end);
        } else if (e instanceof Compare c) {
            compare(c);
        } else if (e instanceof IfExp i) {
            Label orelse = new Label();
            Label end = new Label();
            expr(i.test());
            b.jump(POP_JUMP_FORWARD_IF_FALSE, orelse);
            expr(i.body());
            b.jump(JUMP_FORWARD, end);
            b.bind(orelse);
            expr(i.orelse());
            b.bind(end);
        } else if (e instanceof Tuple t) {
            // Constant tuples were folded by expr().
            sequence(t.elts(), BUILD_TUPLE, true);
        } else if (e instanceof ListExpr l) {
            if (l.elts().size() > 2 && folder.constants(l.elts()) != null) {
                // As CPython's starunpack_helper: three or more constants are one folded constant.
                b.emit(BUILD_LIST, 0);
                loadConst(new PyTuple(folder.constants(l.elts())));
                b.emit(LIST_EXTEND, 1);
            } else {
                sequence(l.elts(), BUILD_LIST, false);
            }
        } else if (e instanceof SetExpr s) {
            if (s.elts().size() > 2 && folder.constants(s.elts()) != null) {
                org.ouroboros.vm.object.PySet folded = new org.ouroboros.vm.object.PySet(org.ouroboros.vm.object.Types.FROZENSET);
                for (PyObject item : folder.constants(s.elts())) {
                    folded.items().add(item);
                }
                b.emit(BUILD_SET, 0);
                loadConst(folded);
                b.emit(SET_UPDATE, 1);
            } else if (hasStar(s.elts())) {
                b.emit(BUILD_SET, 0);
                for (Expr x : s.elts()) {
                    if (x instanceof Starred st) {
                        expr(st.value());
                        b.emit(SET_UPDATE, 1);
                    } else {
                        expr(x);
                        b.emit(SET_ADD, 1);
                    }
                }
            } else {
                for (Expr x : s.elts()) {
                    expr(x);
                }
                b.emit(BUILD_SET, s.elts().size());
            }
        } else if (e instanceof Dict d) {
            dict(d);
        } else if (e instanceof Subscript s) {
            checkSubscript(s);
            expr(s.value());
            expr(s.slice());
            b.pos = s.pos();
            b.emit(BINARY_SUBSCR);
        } else if (e instanceof Slice s) {
            exprOrNone(s.lower());
            exprOrNone(s.upper());
            if (s.step() != null) {
                expr(s.step());
                b.emit(BUILD_SLICE, 3);
            } else {
                b.emit(BUILD_SLICE, 2);
            }
        } else if (e instanceof Lambda l) {
            int flags = defaultsAndAnnotations(l.args());
            Scope fs = scopes.scopeOf(l);
            CodeObject code = compileFunctionBody(fs, "<lambda>", qualname("<lambda>"), l.args(), List.of(), l.body(),
                    false, l.pos());
            makeFunction(code, fs, flags, l.pos());
        } else if (e instanceof ListComp c) {
            comprehension(c, "<listcomp>", c.generators(), c.elt(), null, BUILD_LIST);
        } else if (e instanceof SetComp c) {
            comprehension(c, "<setcomp>", c.generators(), c.elt(), null, BUILD_SET);
        } else if (e instanceof DictComp c) {
            comprehension(c, "<dictcomp>", c.generators(), c.key(), c.value(), BUILD_MAP);
        } else if (e instanceof GeneratorExp c) {
            comprehension(c, "<genexpr>", c.generators(), c.elt(), null, null);
        } else if (e instanceof Yield y) {
            if (u.scope.type() != ScopeType.FUNCTION) {
                throw error("'yield' outside function", y.pos());
            }
            exprOrNone(y.value());
            b.pos = y.pos();
            yieldValue();
        } else if (e instanceof YieldFrom y) {
            if (u.scope.type() != ScopeType.FUNCTION) {
                throw error("'yield' outside function", y.pos());
            }
            if (u.scope.isAsyncFunction()) {
                throw error("'yield from' inside async function", y.pos());
            }
            expr(y.value());
            b.pos = y.pos();
            b.emit(GET_YIELD_FROM_ITER);
            loadConst(PyConstants.NONE);
            sendLoop(2);
        } else if (e instanceof Await a) {
            if (!u.scope.isAsyncFunction() && !u.scope.isComprehension()) {
                throw error("'await' outside async function", a.pos());
            }
            expr(a.value());
            b.pos = a.pos();
            b.emit(GET_AWAITABLE, 0);
            loadConst(PyConstants.NONE);
            sendLoop(3);
        } else if (e instanceof NamedExpr n) {
            expr(n.value());
            b.emit(COPY, 1);
            store(n.target());
        } else if (e instanceof JoinedStr j) {
            joined(j);
        } else if (e instanceof FormattedValue f) {
            formatted(f);
        } else if (e instanceof Starred s) {
            throw error("can't use starred expression here", s.pos());
        } else {
            throw error("unsupported expression " + e.getClass().getSimpleName(), e.pos());
        }
    }

    /** CPython's ADDOP_YIELD: an async generator marks what it yields so its awaitables can tell it from an await's. */
    private void yieldValue() {
        if (u.scope.isCoroutine()) {
            u.b.emit(ASYNC_GEN_WRAP);
        }
        u.b.emit(YIELD_VALUE);
        u.b.emit(RESUME, 1);
    }

    private void exprOrNone(Expr e) {
        if (e == null) {
            loadConst(PyConstants.NONE);
        } else {
            expr(e);
        }
    }

    private static boolean hasStar(List<Expr> elts) {
        for (Expr x : elts) {
            if (x instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    private void sequence(List<Expr> elts, Opcode build, boolean tuple) {
        if (!hasStar(elts)) {
            for (Expr x : elts) {
                expr(x);
            }
            u.b.emit(build, elts.size());
            return;
        }
        u.b.emit(BUILD_LIST, 0);
        for (Expr x : elts) {
            if (x instanceof Starred st) {
                expr(st.value());
                u.b.emit(LIST_EXTEND, 1);
            } else {
                expr(x);
                u.b.emit(LIST_APPEND, 1);
            }
        }
        if (tuple) {
            u.b.emit(LIST_TO_TUPLE);
        }
    }

    /** CPython's STACK_USE_GUIDELINE: bigger displays are built item by item. */
    private static final int STACK_USE_GUIDELINE = 30;

    /** compiler_dict: runs of key/value pairs (compiler_subdict) merged with the ** items. */
    private void dict(Dict d) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        u.b.emit(DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    u.b.emit(BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(d.values().get(i));
                u.b.emit(DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1);
                if (haveDict) {
                    u.b.emit(DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                u.b.emit(DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            u.b.emit(BUILD_MAP, 0);
        }
    }

    /** compiler_subdict: two or more constant keys make one BUILD_CONST_KEY_MAP. */
    private void subdict(Dict d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        PyObject[] keys = n > 1 && !big ? folder.constants(d.keys().subList(begin, end)) : null;
        if (keys != null) {
            for (int i = begin; i < end; i++) {
                expr(d.values().get(i));
            }
            loadConst(new PyTuple(keys));
            u.b.emit(BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            u.b.emit(BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(d.keys().get(i));
            expr(d.values().get(i));
            if (big) {
                u.b.emit(MAP_ADD, 1);
            }
        }
        if (!big) {
            u.b.emit(BUILD_MAP, n);
        }
    }

    private void compare(Compare c) {
        checkIdentityOperands(c);
        expr(c.left());
        List<CmpOperator> ops = c.ops();
        if (ops.size() == 1) {
            expr(c.comparators().get(0));
            u.b.pos = c.pos();
            compareOp(ops.get(0));
            return;
        }
        Label cleanup = new Label();
        Label end = new Label();
        for (int i = 0; i < ops.size(); i++) {
            expr(c.comparators().get(i));
            u.b.pos = c.pos();
            if (i < ops.size() - 1) {
                u.b.emit(SWAP, 2);
                u.b.emit(COPY, 2);
                compareOp(ops.get(i));
                u.b.jump(JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                compareOp(ops.get(i));
            }
        }
        u.b.jump(JUMP_FORWARD, end);
        u.b.bind(cleanup);
        u.b.emit(SWAP, 2);
        u.b.emit(POP_TOP);
        u.b.bind(end);
    }

    /**
     * CPython's check_compare: {@code is} / {@code is not} with a literal operand (after constant
     * folding; None, True, False and ... are fine) gets one SyntaxWarning per comparison, at the
     * comparison's first line.
     */
    private void checkIdentityOperands(Compare c) {
        boolean left = identityOperand(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            CmpOperator op = c.ops().get(i);
            boolean right = identityOperand(c.comparators().get(i));
            if ((op == CmpOperator.Is || op == CmpOperator.IsNot) && !(left && right)) {
                warnings.accept(new CompileWarning("SyntaxWarning", op == CmpOperator.Is
                        ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", filename, c.pos().line()));
                return;
            }
            left = right;
        }
    }

    /** CPython's infer_type: the class a literal display or constant evaluates to, or null. */
    private String literalType(Expr e) {
        PyObject v = folder.constant(e);
        if (v != null) {
            return v.type().name();
        }
        if (e instanceof Tuple) {
            return "tuple";
        } else if (e instanceof ListExpr || e instanceof ListComp) {
            return "list";
        } else if (e instanceof Dict || e instanceof DictComp) {
            return "dict";
        } else if (e instanceof SetExpr || e instanceof SetComp) {
            return "set";
        } else if (e instanceof GeneratorExp) {
            return "generator";
        } else if (e instanceof Lambda) {
            return "function";
        } else if (e instanceof JoinedStr || e instanceof FormattedValue) {
            return "str";
        }
        return null;
    }

    private void missedComma(Expr at, String message) {
        warnings.accept(new CompileWarning("SyntaxWarning", message + "; perhaps you missed a comma?", filename,
                at.pos().line()));
    }

    /** CPython's check_caller: calling a literal, as in {@code [(1, 2) (3, 4)]}. */
    private void checkCaller(Call c) {
        Expr f = c.func();
        boolean literal = folder.constant(f) != null || f instanceof Tuple || f instanceof ListExpr
                || f instanceof ListComp || f instanceof Dict || f instanceof DictComp || f instanceof SetExpr
                || f instanceof SetComp || f instanceof GeneratorExp || f instanceof JoinedStr
                || f instanceof FormattedValue;
        if (literal) {
            missedComma(c, "'" + literalType(f) + "' object is not callable");
        }
    }

    /** CPython's check_subscripter and check_index: subscripting a literal that cannot take that index. */
    private void checkSubscript(Subscript s) {
        Expr value = s.value();
        PyObject constant = folder.constant(value);
        boolean unsubscriptable = constant != null
                ? constant == PyConstants.NONE || constant == PyConstants.ELLIPSIS || constant instanceof org.ouroboros.vm.object.PyInt
                        || constant instanceof org.ouroboros.vm.object.PyFloat
                        || constant instanceof org.ouroboros.vm.object.PyComplex
                        || constant instanceof org.ouroboros.vm.object.PySet
                : value instanceof SetExpr || value instanceof SetComp || value instanceof GeneratorExp
                        || value instanceof Lambda;
        if (unsubscriptable) {
            missedComma(s, "'" + literalType(value) + "' object is not subscriptable");
            return;
        }
        String index = literalType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool")) {
            return;
        }
        boolean sequence = constant != null
                ? constant instanceof PyStr || constant instanceof org.ouroboros.vm.object.PyBytes
                        || constant instanceof org.ouroboros.vm.object.PyTuple
                : value instanceof Tuple || value instanceof ListExpr || value instanceof ListComp
                        || value instanceof JoinedStr || value instanceof FormattedValue;
        if (sequence) {
            missedComma(s, literalType(value) + " indices must be integers or slices, not " + index);
        }
    }

    /** check_is_arg: not a constant, or one of the named singletons. */
    private boolean identityOperand(Expr e) {
        PyObject v = folder.constant(e);
        return v == null || v == PyConstants.NONE || v == PyConstants.ELLIPSIS || v instanceof PyBool;
    }

    private void compareOp(CmpOperator op) {
        switch (op) {
            case Lt -> u.b.emit(COMPARE_OP, 0);
            case LtE -> u.b.emit(COMPARE_OP, 1);
            case Eq -> u.b.emit(COMPARE_OP, 2);
            case NotEq -> u.b.emit(COMPARE_OP, 3);
            case Gt -> u.b.emit(COMPARE_OP, 4);
            case GtE -> u.b.emit(COMPARE_OP, 5);
            case Is -> u.b.emit(IS_OP, 0);
            case IsNot -> u.b.emit(IS_OP, 1);
            case In -> u.b.emit(CONTAINS_OP, 0);
            case NotIn -> u.b.emit(CONTAINS_OP, 1);
        }
    }

    private void call(Call c) {
        checkCaller(c);
        boolean simple = !hasStar(c.args());
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                simple = false;
            }
        }
        if (simple && c.func() instanceof Attribute a && c.keywords().isEmpty() || simple && c.func() instanceof Attribute) {
            Attribute a = (Attribute) c.func();
            expr(a.value());
            u.b.pos = a.pos();
            u.b.emit(LOAD_METHOD, u.b.name(mangle(a.attr())));
            callArguments(c.args(), c.keywords(), 0, c.pos());
            return;
        }
        loadCallable(c.func());
        callArguments(c.args(), c.keywords(), 0, c.pos());
    }

    /** Pushes arguments then CALL (with KW_NAMES) or CALL_FUNCTION_EX; {@code already} args are on the stack. */
    private void callArguments(List<Expr> args, List<Keyword> keywords, int already, Pos pos) {
        boolean simple = !hasStar(args);
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                simple = false;
            }
        }
        if (simple) {
            for (Expr a : args) {
                expr(a);
            }
            String[] names = new String[keywords.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = keywords.get(i).arg();
                expr(keywords.get(i).value());
            }
            u.b.pos = pos;
            if (names.length > 0) {
                u.b.emit(KW_NAMES, u.b.constant(names));
            }
            u.b.emit(CALL, already + args.size() + names.length);
            return;
        }
        if (already == 0 && args.size() == 1 && args.get(0) instanceof Starred only) {
            // As CPython: a lone *args goes to CALL_FUNCTION_EX as is (it checks and converts it).
            expr(only.value());
        } else {
            starredArgsTuple(args, already);
        }
        int flags = 0;
        if (!keywords.isEmpty()) {
            flags = 1;
            u.b.emit(BUILD_MAP, 0);
            for (Keyword k : keywords) {
                if (k.arg() == null) {
                    expr(k.value());
                    u.b.emit(DICT_MERGE, 1);
                } else {
                    loadConst(interner.apply(k.arg()));
                    expr(k.value());
                    u.b.emit(BUILD_MAP, 1);
                    u.b.emit(DICT_MERGE, 1);
                }
            }
        }
        u.b.pos = pos;
        u.b.emit(CALL_FUNCTION_EX, flags);
    }

    private void starredArgsTuple(List<Expr> args, int already) {
        u.b.emit(BUILD_LIST, already);
        for (Expr a : args) {
            if (a instanceof Starred st) {
                expr(st.value());
                u.b.emit(LIST_EXTEND, 1);
            } else {
                expr(a);
                u.b.emit(LIST_APPEND, 1);
            }
        }
        u.b.emit(LIST_TO_TUPLE);
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value, Opcode build) {
        Scope fs = scopes.scopeOf(node);
        String qual = qualname(name);
        boolean async = fs.isCoroutine();
        boolean genexp = build == null;
        Unit outer = u;
        u = new Unit(fs, new CodeBuilder(fs.parameters(), cellVars(fs), freeVars(fs), node.pos()),
                qual);
        u.className = outer.className;
        closurePrefix();
        int flags = CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
        if (genexp) {
            flags |= async ? CodeObject.CO_ASYNC_GENERATOR : CodeObject.CO_GENERATOR;
        } else if (async) {
            flags |= CodeObject.CO_COROUTINE;
        }
        if (genexp || async) {
            u.b.emit(RETURN_GENERATOR);
            u.b.emit(POP_TOP);
        }
        u.b.emit(RESUME, 0);
        if (!genexp) {
            u.b.emit(build, 0);
        }
        comprehensionLoop(gens, 0, elt, value, build);
        if (genexp) {
            loadConst(PyConstants.NONE);
        }
        u.b.emit(RETURN_VALUE);
        CodeObject code = u.b.build(name, qual, filename, node.pos().line(), 1, 0, 0, flags);
        u = outer;
        makeFunction(code, fs, 0, node.pos());
        expr(folder.iterable(gens.get(0).iter()));
        u.b.pos = node.pos();
        u.b.emit(gens.get(0).isAsync() ? GET_AITER : GET_ITER);
        u.b.emit(CALL, 0);
        if (async && !genexp) {
            u.b.emit(GET_AWAITABLE, 0);
            loadConst(PyConstants.NONE);
            sendLoop(3);
        }
    }

    private void comprehensionLoop(List<Comprehension> gens, int i, Expr elt, Expr value, Opcode build) {
        Comprehension g = gens.get(i);
        Label top = new Label();
        Label end = new Label();
        if (i == 0) {
            u.b.emit(LOAD_FAST, u.b.varname(".0"));
        } else {
            expr(folder.iterable(g.iter()));
            u.b.emit(g.isAsync() ? GET_AITER : GET_ITER);
        }
        u.b.bind(top);
        if (g.isAsync()) {
            // The result (if any) and one iterator per clause so far are on the stack under the handler.
            Handler outer = u.b.handler;
            u.b.handler = new Handler(end, (build == null ? 0 : 1) + i + 1, false);
            u.b.emit(GET_ANEXT);
            loadConst(PyConstants.NONE);
            sendLoop(3);
            u.b.handler = outer;
        } else {
            u.b.jump(FOR_ITER, end);
        }
        store(g.target());
        for (Expr cond : g.ifs()) {
            expr(cond);
            u.b.jump(POP_JUMP_BACKWARD_IF_FALSE, top);
        }
        if (i + 1 < gens.size()) {
            comprehensionLoop(gens, i + 1, elt, value, build);
        } else if (build == null) {
            expr(elt);
            yieldValue();
            u.b.emit(POP_TOP);
        } else if (build == BUILD_MAP) {
            expr(elt);
            expr(value);
            u.b.emit(MAP_ADD, gens.size() + 1);
        } else {
            expr(elt);
            u.b.emit(build == BUILD_LIST ? LIST_APPEND : SET_ADD, gens.size() + 1);
        }
        u.b.jump(JUMP_BACKWARD, top);
        u.b.bind(end);
        if (g.isAsync()) {
            u.b.emit(END_ASYNC_FOR);
        }
    }

    private void joined(JoinedStr j) {
        int n = 0;
        for (Expr part : j.values()) {
            if (part instanceof Constant c) {
                loadConst(literal(c.value()));
            } else {
                expr(part);
            }
            n++;
        }
        if (n == 0) {
            loadConst(PyStr.EMPTY);
        } else if (n > 1) {
            u.b.emit(BUILD_STRING, n);
        } else if (j.values().get(0) instanceof Constant) {
            return;
        }
    }

    private void formatted(FormattedValue f) {
        expr(f.value());
        int flags = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            flags |= 4;
        }
        u.b.pos = f.pos();
        u.b.emit(FORMAT_VALUE, flags);
    }

    private PySyntaxError error(String msg, Pos pos) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, pos.line(), pos.col() + 1,
                pos.endLine(), pos.endCol() + 1, null);
    }
}
