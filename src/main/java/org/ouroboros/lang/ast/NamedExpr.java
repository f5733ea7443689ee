package org.ouroboros.lang.ast;

/** Python's {@code ast.NamedExpr}. The walrus {@code target := value}; target is a {@link Name} in Store context. */
public record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitNamedExpr(this);
    }
}
