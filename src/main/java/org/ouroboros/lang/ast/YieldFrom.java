package org.ouroboros.lang.ast;

/** Python's {@code ast.YieldFrom}. {@code yield from value}. */
public record YieldFrom(Expr value, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitYieldFrom(this);
    }
}
