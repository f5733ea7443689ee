package org.ouroboros.lang.token;

/** Token types, named as in Python's {@code token} module. */
public enum TokenKind {
    NAME, NUMBER, STRING, OP,
    /** End of a logical line. */
    NEWLINE,
    /** A newline that does not end a logical line (blank line, comment line, inside brackets). */
    NL,
    INDENT, DEDENT, COMMENT, ENDMARKER,
    /** Text that is no token: a stray {@code $}, or (when highlighting) anything the tokenizer rejected. */
    ERRORTOKEN
}
