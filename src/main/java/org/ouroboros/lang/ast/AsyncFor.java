package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.AsyncFor}. {@code async for}; fields as {@link For}. */
public record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    public AsyncFor {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
        orelse = orelse == null ? List.of() : Collections.unmodifiableList(orelse);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAsyncFor(this);
    }
}
