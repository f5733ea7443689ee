package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Try}. {@code try/except/else/finally}. */
public record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Pos pos) implements Stmt {
    public Try {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
        handlers = handlers == null ? List.of() : Collections.unmodifiableList(handlers);
        orelse = orelse == null ? List.of() : Collections.unmodifiableList(orelse);
        finalbody = finalbody == null ? List.of() : Collections.unmodifiableList(finalbody);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitTry(this);
    }
}
