package org.ouroboros.lang.ast;

/** Python's {@code ast.withitem} (no position, as in CPython): {@code contextExpr as optionalVars}; optionalVars may be null. */
public record WithItem(Expr contextExpr, Expr optionalVars) {}
