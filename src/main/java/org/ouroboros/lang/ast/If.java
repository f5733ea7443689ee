package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.If}. {@code if}; an {@code elif} is a nested If as the only element of {@code orelse}. */
public record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    public If {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
        orelse = orelse == null ? List.of() : Collections.unmodifiableList(orelse);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitIf(this);
    }
}
