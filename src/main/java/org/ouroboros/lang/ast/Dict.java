package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Dict}. {@code {k: v, **m}}: a null key marks a {@code **m} unpacking whose mapping is the matching value. */
public record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    public Dict {
        keys = keys == null ? List.of() : Collections.unmodifiableList(keys);
        values = values == null ? List.of() : Collections.unmodifiableList(values);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitDict(this);
    }
}
