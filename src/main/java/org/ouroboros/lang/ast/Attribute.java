package org.ouroboros.lang.ast;

/** Python's {@code ast.Attribute}. {@code value.attr}. */
public record Attribute(Expr value, String attr, ExprContext ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitAttribute(this);
    }

    /** The same node with another load/store/del context. */
    public Attribute withCtx(ExprContext ctx) {
        return new Attribute(value, attr, ctx, pos);
    }
}
