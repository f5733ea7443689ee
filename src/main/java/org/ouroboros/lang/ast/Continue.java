package org.ouroboros.lang.ast;

/** Python's {@code ast.Continue}. {@code continue}. */
public record Continue(Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitContinue(this);
    }
}
