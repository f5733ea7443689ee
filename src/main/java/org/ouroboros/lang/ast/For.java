package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.For}. {@code for target in iter: body else: orelse}. */
public record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    public For {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
        orelse = orelse == null ? List.of() : Collections.unmodifiableList(orelse);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitFor(this);
    }
}
