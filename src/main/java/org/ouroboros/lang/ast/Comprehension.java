package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/** Python's {@code ast.comprehension} (no position, as in CPython): one {@code [async] for target in iter if ifs...} clause. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
    public Comprehension {
        ifs = ifs == null ? List.of() : Collections.unmodifiableList(ifs);
    }
}
