package org.ouroboros.lang.ast;

/** Python's {@code ast.Name}. An identifier. */
public record Name(String id, ExprContext ctx, Pos pos) implements Expr {
    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitName(this);
    }

    /** The same node with another load/store/del context. */
    public Name withCtx(ExprContext ctx) {
        return new Name(id, ctx, pos);
    }
}
