package org.ouroboros.lang.ast;

/**
 * A source span, as CPython's {@code lineno}, {@code col_offset}, {@code end_lineno},
 * {@code end_col_offset}: lines are 1-based, columns 0-based. Columns count UTF-8 bytes in
 * CPython; here they count UTF-16 chars of the line, which is the same for ASCII source.
 */
public record Pos(int line, int col, int endLine, int endCol) {

    /** A position that covers from the start of {@code first} to the end of {@code last}. */
    public static Pos span(Pos first, Pos last) {
        return new Pos(first.line, first.col, last.endLine, last.endCol);
    }

    /** A position that covers from the start of {@code first} to the end of {@code last}. */
    public static Pos span(Node first, Node last) {
        return span(first.pos(), last.pos());
    }

    /** This position's start with another end. */
    public Pos withEnd(int endLine, int endCol) {
        return new Pos(line, col, endLine, endCol);
    }
}
