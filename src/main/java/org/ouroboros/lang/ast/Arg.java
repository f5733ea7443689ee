package org.ouroboros.lang.ast;

/** Python's {@code ast.arg}: one parameter name with its optional annotation (null if none). */
public record Arg(String arg, Expr annotation, Pos pos) implements Node {}
