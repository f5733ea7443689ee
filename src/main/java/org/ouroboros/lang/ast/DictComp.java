package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.DictComp}. {@code {key: value for ...}}. */
public record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {
    public DictComp {
        generators = generators == null ? List.of() : Collections.unmodifiableList(generators);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitDictComp(this);
    }
}
