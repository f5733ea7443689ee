package org.ouroboros.lang.ast;

/** Python's {@code ast.Break}. {@code break}. */
public record Break(Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitBreak(this);
    }
}
