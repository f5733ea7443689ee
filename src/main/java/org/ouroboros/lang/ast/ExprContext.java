package org.ouroboros.lang.ast;

/** Python's {@code ast.expr_context}: whether a target-capable expression is read, bound or deleted. */
public enum ExprContext { Load, Store, Del }
