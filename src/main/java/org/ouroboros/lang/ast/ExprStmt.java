package org.ouroboros.lang.ast;

/** Python's {@code ast.Expr}. An expression used as a statement: Python's {@code ast.Expr} (renamed because {@link Expr} is the expression family). */
public record ExprStmt(Expr value, Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitExprStmt(this);
    }
}
