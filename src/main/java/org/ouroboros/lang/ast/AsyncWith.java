package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.AsyncWith}. {@code async with}; fields as {@link With}. */
public record AsyncWith(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
    public AsyncWith {
        items = items == null ? List.of() : Collections.unmodifiableList(items);
        body = body == null ? List.of() : Collections.unmodifiableList(body);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitAsyncWith(this);
    }
}
