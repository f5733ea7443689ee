package org.ouroboros.lang.ast;

/** A statement node (Python's {@code ast.stmt}). */
public sealed interface Stmt extends Node permits
        AnnAssign, Assert, Assign, AsyncFor, AsyncFunctionDef, AsyncWith, AugAssign, Break,
        ClassDef, Continue, Delete, ExprStmt, For, FunctionDef, Global, If, Import, ImportFrom,
        Nonlocal, Pass, Raise, Return, Try, While, With {

    <R> R accept(StmtVisitor<R> visitor);
}
