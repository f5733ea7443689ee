package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Global}. {@code global names}. */
public record Global(List<String> names, Pos pos) implements Stmt {
    public Global {
        names = names == null ? List.of() : Collections.unmodifiableList(names);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitGlobal(this);
    }
}
