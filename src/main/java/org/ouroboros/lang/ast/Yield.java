package org.ouroboros.lang.ast;

/** Python's {@code ast.Yield}. {@code yield value}; {@code value} is null for a bare yield. */
public record Yield(Expr value, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitYield(this);
    }
}
