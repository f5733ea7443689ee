package org.ouroboros.lang.ast;

/** Python's {@code ast.Pass}. {@code pass}. */
public record Pass(Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitPass(this);
    }
}
