package org.ouroboros.lang.ast;

/** Python's {@code ast.IfExp}. {@code body if test else orelse}. */
public record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitIfExp(this);
    }
}
