package org.ouroboros.lang.ast;

/** Python's {@code ast.Starred}. {@code *value} in a call, display or assignment target. */
public record Starred(Expr value, ExprContext ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitStarred(this);
    }

    /** The same node with another load/store/del context. */
    public Starred withCtx(ExprContext ctx) {
        return new Starred(value, ctx, pos);
    }
}
