package org.ouroboros.lang.ast;

/** Any AST node that has a source position (statements, expressions and the positioned helpers). */
public interface Node {

    /** Where the node is in the source: CPython's lineno/col_offset/end_lineno/end_col_offset. */
    Pos pos();
}
