package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.List}. A list display or target {@code [a, b]}: Python's {@code ast.List} (renamed to avoid clashing with java.util.List). */
public record ListExpr(List<Expr> elts, ExprContext ctx, Pos pos) implements Expr {
    public ListExpr {
        elts = elts == null ? List.of() : Collections.unmodifiableList(elts);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitListExpr(this);
    }

    /** The same node with another load/store/del context. */
    public ListExpr withCtx(ExprContext ctx) {
        return new ListExpr(elts, ctx, pos);
    }
}
