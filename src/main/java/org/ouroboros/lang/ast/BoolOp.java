package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.BoolOp}. {@code a and b and c}: one node with all operands. */
public record BoolOp(BoolOperator op, List<Expr> values, Pos pos) implements Expr {
    public BoolOp {
        values = values == null ? List.of() : Collections.unmodifiableList(values);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitBoolOp(this);
    }
}
