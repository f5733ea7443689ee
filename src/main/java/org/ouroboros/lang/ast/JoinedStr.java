package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.JoinedStr}. An f-string: its parts are {@link Constant} string pieces and {@link FormattedValue}s. */
public record JoinedStr(List<Expr> values, Pos pos) implements Expr {
    public JoinedStr {
        values = values == null ? List.of() : Collections.unmodifiableList(values);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitJoinedStr(this);
    }
}
