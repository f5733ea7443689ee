package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.GeneratorExp}. {@code (elt for ...)}. */
public record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    public GeneratorExp {
        generators = generators == null ? List.of() : Collections.unmodifiableList(generators);
    }

    @Override
    public <R> R accept(ExprVisitor<R> visitor) {
        return visitor.visitGeneratorExp(this);
    }
}
