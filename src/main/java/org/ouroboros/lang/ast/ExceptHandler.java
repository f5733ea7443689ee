package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.ExceptHandler}: {@code except type as name: body}; type and name may be null. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) implements Node {
    public ExceptHandler {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
    }
}
