package org.ouroboros.lang.ast;

/** A parse result (Python's {@code ast.mod}): a module or a single expression for eval. */
public sealed interface Mod permits Module, Expression {}
