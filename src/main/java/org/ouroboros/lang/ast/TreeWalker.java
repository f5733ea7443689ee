package org.ouroboros.lang.ast;

import java.util.List;

/**
 * Visits a whole tree, children in the order CPython's symtable pass visits them. Subclasses
 * override the {@code visitX} methods they care about and call {@code super.visitX} (or the
 * {@code walk} helpers) to go on into the children. Each method returns null.
 */
public abstract class TreeWalker implements StmtVisitor<Void>, ExprVisitor<Void> {

    public void walk(Stmt s) {
        s.accept(this);
    }

    public void walk(Expr e) {
        if (e != null) {
            e.accept(this);
        }
    }

    public void walkStmts(List<Stmt> body) {
        for (Stmt s : body) {
            s.accept(this);
        }
    }

    /** Walks expressions, skipping null entries (Dict keys, kwDefaults). */
    public void walkExprs(List<Expr> exprs) {
        for (Expr e : exprs) {
            walk(e);
        }
    }

    public void walkArgumentsDefaults(Arguments args) {
        walkExprs(args.defaults());
        walkExprs(args.kwDefaults());
    }

    public void walkAnnotations(Arguments args, Expr returns) {
        for (List<Arg> group : List.of(args.posonlyargs(), args.args())) {
            for (Arg a : group) {
                walk(a.annotation());
            }
        }
        if (args.vararg() != null) {
            walk(args.vararg().annotation());
        }
        for (Arg a : args.kwonlyargs()) {
            walk(a.annotation());
        }
        if (args.kwarg() != null) {
            walk(args.kwarg().annotation());
        }
        walk(returns);
    }

    private void walkGenerators(List<Comprehension> generators) {
        for (Comprehension c : generators) {
            walkComprehension(c);
        }
    }

    public void walkComprehension(Comprehension c) {
        walk(c.target());
        walk(c.iter());
        walkExprs(c.ifs());
    }

    // ---------------------------------------------------------------- statements

    @Override
    public Void visitFunctionDef(FunctionDef node) {
        walkArgumentsDefaults(node.args());
        walkAnnotations(node.args(), node.returns());
        walkExprs(node.decoratorList());
        walkStmts(node.body());
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(AsyncFunctionDef node) {
        walkArgumentsDefaults(node.args());
        walkAnnotations(node.args(), node.returns());
        walkExprs(node.decoratorList());
        walkStmts(node.body());
        return null;
    }

    @Override
    public Void visitClassDef(ClassDef node) {
        walkExprs(node.bases());
        for (Keyword k : node.keywords()) {
            walk(k.value());
        }
        walkExprs(node.decoratorList());
        walkStmts(node.body());
        return null;
    }

    @Override
    public Void visitReturn(Return node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitDelete(Delete node) {
        walkExprs(node.targets());
        return null;
    }

    @Override
    public Void visitAssign(Assign node) {
        walkExprs(node.targets());
        walk(node.value());
        return null;
    }

    @Override
    public Void visitAugAssign(AugAssign node) {
        walk(node.target());
        walk(node.value());
        return null;
    }

    @Override
    public Void visitAnnAssign(AnnAssign node) {
        walk(node.target());
        walk(node.annotation());
        walk(node.value());
        return null;
    }

    @Override
    public Void visitFor(For node) {
        walk(node.target());
        walk(node.iter());
        walkStmts(node.body());
        walkStmts(node.orelse());
        return null;
    }

    @Override
    public Void visitAsyncFor(AsyncFor node) {
        walk(node.target());
        walk(node.iter());
        walkStmts(node.body());
        walkStmts(node.orelse());
        return null;
    }

    @Override
    public Void visitWhile(While node) {
        walk(node.test());
        walkStmts(node.body());
        walkStmts(node.orelse());
        return null;
    }

    @Override
    public Void visitIf(If node) {
        walk(node.test());
        walkStmts(node.body());
        walkStmts(node.orelse());
        return null;
    }

    @Override
    public Void visitWith(With node) {
        for (WithItem item : node.items()) {
            walk(item.contextExpr());
            walk(item.optionalVars());
        }
        walkStmts(node.body());
        return null;
    }

    @Override
    public Void visitAsyncWith(AsyncWith node) {
        for (WithItem item : node.items()) {
            walk(item.contextExpr());
            walk(item.optionalVars());
        }
        walkStmts(node.body());
        return null;
    }

    @Override
    public Void visitRaise(Raise node) {
        walk(node.exc());
        walk(node.cause());
        return null;
    }

    /** Body, else, handlers, finally: CPython's symtable order. */
    @Override
    public Void visitTry(Try node) {
        walkStmts(node.body());
        walkStmts(node.orelse());
        for (ExceptHandler h : node.handlers()) {
            visitExceptHandler(h);
        }
        walkStmts(node.finalbody());
        return null;
    }

    public void visitExceptHandler(ExceptHandler handler) {
        walk(handler.type());
        walkStmts(handler.body());
    }

    @Override
    public Void visitAssert(Assert node) {
        walk(node.test());
        walk(node.msg());
        return null;
    }

    @Override
    public Void visitImport(Import node) {
        return null;
    }

    @Override
    public Void visitImportFrom(ImportFrom node) {
        return null;
    }

    @Override
    public Void visitGlobal(Global node) {
        return null;
    }

    @Override
    public Void visitNonlocal(Nonlocal node) {
        return null;
    }

    @Override
    public Void visitExprStmt(ExprStmt node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitPass(Pass node) {
        return null;
    }

    @Override
    public Void visitBreak(Break node) {
        return null;
    }

    @Override
    public Void visitContinue(Continue node) {
        return null;
    }

    // ---------------------------------------------------------------- expressions

    @Override
    public Void visitBoolOp(BoolOp node) {
        walkExprs(node.values());
        return null;
    }

    @Override
    public Void visitNamedExpr(NamedExpr node) {
        walk(node.value());
        walk(node.target());
        return null;
    }

    @Override
    public Void visitBinOp(BinOp node) {
        walk(node.left());
        walk(node.right());
        return null;
    }

    @Override
    public Void visitUnaryOp(UnaryOp node) {
        walk(node.operand());
        return null;
    }

    @Override
    public Void visitLambda(Lambda node) {
        walkArgumentsDefaults(node.args());
        walk(node.body());
        return null;
    }

    @Override
    public Void visitIfExp(IfExp node) {
        walk(node.test());
        walk(node.body());
        walk(node.orelse());
        return null;
    }

    @Override
    public Void visitDict(Dict node) {
        walkExprs(node.keys());
        walkExprs(node.values());
        return null;
    }

    @Override
    public Void visitSetExpr(SetExpr node) {
        walkExprs(node.elts());
        return null;
    }

    @Override
    public Void visitListComp(ListComp node) {
        walkGenerators(node.generators());
        walk(node.elt());
        return null;
    }

    @Override
    public Void visitSetComp(SetComp node) {
        walkGenerators(node.generators());
        walk(node.elt());
        return null;
    }

    @Override
    public Void visitDictComp(DictComp node) {
        walkGenerators(node.generators());
        walk(node.value());
        walk(node.key());
        return null;
    }

    @Override
    public Void visitGeneratorExp(GeneratorExp node) {
        walkGenerators(node.generators());
        walk(node.elt());
        return null;
    }

    @Override
    public Void visitAwait(Await node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitYield(Yield node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitYieldFrom(YieldFrom node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitCompare(Compare node) {
        walk(node.left());
        walkExprs(node.comparators());
        return null;
    }

    @Override
    public Void visitCall(Call node) {
        walk(node.func());
        walkExprs(node.args());
        for (Keyword k : node.keywords()) {
            walk(k.value());
        }
        return null;
    }

    @Override
    public Void visitFormattedValue(FormattedValue node) {
        walk(node.value());
        walk(node.formatSpec());
        return null;
    }

    @Override
    public Void visitJoinedStr(JoinedStr node) {
        walkExprs(node.values());
        return null;
    }

    @Override
    public Void visitConstant(Constant node) {
        return null;
    }

    @Override
    public Void visitAttribute(Attribute node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitSubscript(Subscript node) {
        walk(node.value());
        walk(node.slice());
        return null;
    }

    @Override
    public Void visitStarred(Starred node) {
        walk(node.value());
        return null;
    }

    @Override
    public Void visitName(Name node) {
        return null;
    }

    @Override
    public Void visitListExpr(ListExpr node) {
        walkExprs(node.elts());
        return null;
    }

    @Override
    public Void visitTuple(Tuple node) {
        walkExprs(node.elts());
        return null;
    }

    @Override
    public Void visitSlice(Slice node) {
        walk(node.lower());
        walk(node.upper());
        walk(node.step());
        return null;
    }
}
