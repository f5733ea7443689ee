package org.ouroboros.lang.ast;

/** Python's {@code ast.BinOp}. {@code left op right}. */
public record BinOp(Expr left, BinOperator op, Expr right, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBinOp(this);
    }
}
