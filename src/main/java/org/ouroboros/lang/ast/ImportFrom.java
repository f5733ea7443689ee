package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.ImportFrom}. {@code from .module import names}; {@code module} is null for {@code from . import x}; {@code level} counts the dots. */
public record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {
    public ImportFrom {
        names = names == null ? List.of() : Collections.unmodifiableList(names);
    }

    @Override
    public <R> R accept(StmtVisitor<R> visitor) {
        return visitor.visitImportFrom(this);
    }
}
