package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.While}. {@code while test: body else: orelse}. */
public record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    public While {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
        orelse = orelse == null ? List.of() : Collections.unmodifiableList(orelse);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitWhile(this);
    }
}
