package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Assign}. {@code t1 = t2 = value}: several targets for chained assignment. */
public record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {
    public Assign {
        targets = targets == null ? List.of() : Collections.unmodifiableList(targets);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAssign(this);
    }
}
