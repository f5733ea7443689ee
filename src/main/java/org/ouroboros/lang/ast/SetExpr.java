package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Set}. A set display {@code {a, *b}}: Python's {@code ast.Set} (renamed to avoid clashing with java.util.Set). */
public record SetExpr(List<Expr> elts, Pos pos) implements Expr {
    public SetExpr {
        elts = elts == null ? List.of() : Collections.unmodifiableList(elts);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSetExpr(this);
    }
}
