package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.SetComp}. {@code {elt for ...}}. */
public record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    public SetComp {
        generators = generators == null ? List.of() : Collections.unmodifiableList(generators);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitSetComp(this);
    }
}
