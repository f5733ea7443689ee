package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Tuple}. A tuple {@code a, b} or {@code (a, b)}; the position of a parenthesised tuple includes the parentheses. */
public record Tuple(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    public Tuple {
        elts = elts == null ? List.of() : Collections.unmodifiableList(elts);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitTuple(this);
    }

    /** The same node with another load/store/del context. */
    public Tuple withCtx(ExprContext ctx) {
        return new Tuple(elts, ctx, pos);
    }
}
