package org.ouroboros.lang.ast;

/** Python's {@code ast.Expression}: the result of parsing in {@code eval} mode. */
public record Expression(Expr body) implements Mod {}
