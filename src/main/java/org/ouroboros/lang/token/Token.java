package org.ouroboros.lang.token;

/**
 * One token: its kind, its exact source text, its span as line (1-based) and column (0-based),
 * and its span as char offsets into the whole source ({@code start} inclusive, {@code end}
 * exclusive), which an editor can use directly for styling.
 */
public record Token(TokenKind kind, String text, int line, int col, int endLine, int endCol,
                    int start, int end) {

    /** True if this is the operator or delimiter {@code op}. */
    public boolean isOp(String op) {
        return kind == TokenKind.OP && text.equals(op);
    }

    /** True if this is the name or keyword {@code name}. */
    public boolean isName(String name) {
        return kind == TokenKind.NAME && text.equals(name);
    }

    /** True if this is a NAME that is one of Python's keywords. */
    public boolean isKeyword() {
        return kind == TokenKind.NAME && Keywords.isKeyword(text);
    }
}
