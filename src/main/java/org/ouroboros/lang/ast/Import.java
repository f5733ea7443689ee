package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.Import}. {@code import a.b as c, d}. */
public record Import(List<Alias> names, Pos pos) implements Stmt {
    public Import {
        names = names == null ? List.of() : Collections.unmodifiableList(names);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitImport(this);
    }
}
