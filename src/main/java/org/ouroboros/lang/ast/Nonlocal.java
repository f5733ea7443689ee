package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Nonlocal}. {@code nonlocal names}. */
public record Nonlocal(List<String> names, Pos pos) implements Stmt {
    public Nonlocal {
        names = names == null ? List.of() : Collections.unmodifiableList(names);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitNonlocal(this);
    }
}
