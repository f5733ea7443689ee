package org.ouroboros.lang.ast;

/** Python's {@code ast.Raise}. {@code raise exc from cause}; both may be null. */
public record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitRaise(this);
    }
}
