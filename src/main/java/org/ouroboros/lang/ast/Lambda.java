package org.ouroboros.lang.ast;

/** Python's {@code ast.Lambda}. {@code lambda args: body}. */
public record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitLambda(this);
    }
}
