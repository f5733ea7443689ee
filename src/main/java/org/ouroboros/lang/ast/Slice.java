package org.ouroboros.lang.ast;

/** Python's {@code ast.Slice}. {@code lower:upper:step} inside a subscript; each part may be null. */
public record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSlice(this);
    }
}
