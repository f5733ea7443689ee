package org.ouroboros.lang.ast;

/** Python's {@code ast.UnaryOp}. {@code not x}, {@code -x}, {@code +x}, {@code ~x}. */
public record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitUnaryOp(this);
    }
}
