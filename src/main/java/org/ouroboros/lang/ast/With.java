package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.With}. {@code with a as b, c: body}. */
public record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
    public With {
        items = items == null ? List.of() : Collections.unmodifiableList(items);
        body = body == null ? List.of() : Collections.unmodifiableList(body);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitWith(this);
    }
}
