package org.ouroboros.lang.ast;

/** Python's {@code ast.Return}. {@code return value}; {@code value} is null for a bare return. */
public record Return(Expr value, Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitReturn(this);
    }
}
