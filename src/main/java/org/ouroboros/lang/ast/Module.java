package org.ouroboros.lang.ast;

import java.util.Collections;
import java.util.List;

/**
 * Python's {@code ast.Module}: a whole file. Like CPython's, it has no position.
 * (Import it by its full name where {@code java.lang.Module} would make the simple name
 * ambiguous.)
 */
public record Module(List<Stmt> body) implements Mod {
    public Module {
        body = body == null ? List.of() : Collections.unmodifiableList(body);
    }
}
