package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.ListComp}. {@code [elt for ...]}. */
public record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    public ListComp {
        generators = generators == null ? List.of() : Collections.unmodifiableList(generators);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitListComp(this);
    }
}
