package org.ouroboros.lang.ast;

/** Python's {@code ast.alias}: {@code name as asname} in an import; asname is null if absent; name may be {@code "*"}. */
public record Alias(String name, String asname, Pos pos) implements Node {}
