package org.ouroboros.lang.ast;

/** Python's {@code ast.AugAssign}. {@code target op= value}. */
public record AugAssign(Expr target, BinOperator op, Expr value, Pos pos) implements Stmt {
    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAugAssign(this);
    }
}
