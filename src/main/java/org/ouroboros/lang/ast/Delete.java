package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Delete}. {@code del targets} (each target has context {@link ExprContext#Del}). */
public record Delete(List<Expr> targets, Pos pos) implements Stmt {
    public Delete {
        targets = targets == null ? List.of() : Collections.unmodifiableList(targets);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitDelete(this);
    }
}
