package org.ouroboros.lang.ast;

/** One method per Stmt node class; {@link Stmt#accept} dispatches here. */
public interface StmtVisitor<R> {
    R visitFunctionDef(FunctionDef node);

    R visitAsyncFunctionDef(AsyncFunctionDef node);

    R visitClassDef(ClassDef node);

    R visitReturn(Return node);

    R visitDelete(Delete node);

    R visitAssign(Assign node);

    R visitAugAssign(AugAssign node);

    R visitAnnAssign(AnnAssign node);

    R visitFor(For node);

    R visitAsyncFor(AsyncFor node);

    R visitWhile(While node);

    R visitIf(If node);

    R visitWith(With node);

    R visitAsyncWith(AsyncWith node);

    R visitRaise(Raise node);

    R visitTry(Try node);

    R visitAssert(Assert node);

    R visitImport(Import node);

    R visitImportFrom(ImportFrom node);

    R visitGlobal(Global node);

    R visitNonlocal(Nonlocal node);

    R visitExprStmt(ExprStmt node);

    R visitPass(Pass node);

    R visitBreak(Break node);

    R visitContinue(Continue node);
}
