package org.ouroboros.lang.ast;

/** Python's {@code ast.Subscript}. {@code value[slice]}; {@code a[1:2, 3]} has a Tuple slice holding a {@link Slice}. */
public record Subscript(Expr value, Expr slice, ExprContext ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSubscript(this);
    }

    /** The same node with another load/store/del context. */
    public Subscript withCtx(ExprContext ctx) {
        return new Subscript(value, slice, ctx, pos);
    }
}
