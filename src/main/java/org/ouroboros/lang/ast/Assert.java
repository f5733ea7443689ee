package org.ouroboros.lang.ast;

/** Python's {@code ast.Assert}. {@code assert test, msg}; {@code msg} may be null. */
public record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAssert(this);
    }
}
