package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Compare}. A (chained) comparison {@code left op1 c1 op2 c2}. */
public record Compare(Expr left, List<CmpOperator> ops, List<Expr> comparators, Pos pos) implements Expr {
    public Compare {
        ops = ops == null ? List.of() : Collections.unmodifiableList(ops);
        comparators = comparators == null ? List.of() : Collections.unmodifiableList(comparators);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitCompare(this);
    }
}
