package org.ouroboros.lang.ast;

/** Python's {@code ast.Await}. {@code await value}. */
public record Await(Expr value, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitAwait(this);
    }
}
