package org.ouroboros.lang;

/**
 * A Python {@code SyntaxError} (or its subclasses {@code IndentationError} and {@code TabError})
 * found while tokenizing, parsing or building symbol tables. Fields follow CPython's exception
 * attributes: {@link #line()} is 1-based, {@link #col()} is CPython's 1-based {@code offset},
 * {@link #endCol()} its {@code end_offset} (0 or -1 where CPython gives no end), and
 * {@link #text()} is the offending source line.
 */
public final class PySyntaxError extends RuntimeException {

    /** The Python exception class. */
    public enum Kind {
        SyntaxError, IndentationError, TabError
    }

    private final Kind kind;
    private final String msg;
    private final String filename;
    private final int line;
    private final int col;
    private final int rawOffset;
    private final int endLine;
    private final int endCol;
    private final String text;
    /** Located at the end of the input (a missing block or clause when the file ends). */
    private boolean atEndOfInput;

    public PySyntaxError(Kind kind, String msg, String filename, int line, int col, int endLine,
                         int endCol, String text) {
        super(msg + " (" + filename + ", line " + line + ")", null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.line = line;
        this.rawOffset = codePointOffset(text, col);
        this.col = Math.max(1, rawOffset);
        this.endLine = endLine;
        this.endCol = endLine == line ? codePointOffset(text, endCol) : endCol;
        this.text = text;
    }

    /** CPython counts offsets in code points; Java strings count astral characters twice. */
    private static int codePointOffset(String text, int offset) {
        if (text == null || offset <= 1) {
            return offset;
        }
        int units = Math.min(offset - 1, text.length());
        if (units > 0 && units < text.length() && Character.isLowSurrogate(text.charAt(units))) {
            // the offset falls inside a surrogate pair: it counts the whole character before it
            return text.codePointCount(0, units + 1);
        }
        return text.codePointCount(0, units) + (offset - 1 - units) + 1;
    }

    /** The same error, marked as found at the end of the input. */
    public PySyntaxError atEndOfInput() {
        atEndOfInput = true;
        return this;
    }

    /**
     * The error as CPython reports it when it read the source from a file rather than a string:
     * at the end of the input its tokenizer has no column (offset 0), so no caret is printed.
     */
    public PySyntaxError asReadFromFile() {
        if (!atEndOfInput) {
            return this;
        }
        return new PySyntaxError(kind, msg, filename, line, 0, endLine, endCol, text);
    }

    public Kind kind() {
        return kind;
    }

    /** The message alone, e.g. {@code "invalid syntax"}. */
    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int line() {
        return line;
    }

    /** CPython's 1-based {@code offset} (at least 1; where CPython says 0, {@link #format()} still prints no caret). */
    public int col() {
        return col;
    }

    public int endLine() {
        return endLine;
    }

    /** CPython's {@code end_offset}: 1-based, exclusive; 0 or -1 when there is no end. */
    public int endCol() {
        return endCol;
    }

    /** The source line the error is on, or null. */
    public String text() {
        return text;
    }

    /**
     * The error as CPython 3.11's interpreter prints it to stderr: the {@code File} line, the
     * stripped source line, the caret line and {@code Kind: msg}, each ending in a newline.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
        if (text != null) {
            appendSourceAndCarets(out);
        }
        return out.append(kind.name()).append(": ").append(msg).append('\n').toString();
    }

    // Mirrors print_error_text() of CPython 3.11's Python/pythonrun.c.
    private void appendSourceAndCarets(StringBuilder out) {
        int lineSize = text.length();
        int end = endCol;
        if (endLine > line) {
            end = lineSize;
        }
        if (end > lineSize + 1) {
            end = lineSize + 1;
        }
        int carets = (end > 0 && end > rawOffset) ? end - rawOffset : 1;
        if (kind != Kind.SyntaxError) {
            carets = 1;
        }
        int offset = rawOffset - 1;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\t'
                || text.charAt(start) == '\f')) {
            start++;
            offset--;
        }
        String shown = text.substring(start);
        int len = shown.endsWith("\n") ? shown.length() - 1 : shown.length();
        if (offset > len) {
            offset = len;
        }
        out.append("    ").append(shown);
        if (!shown.endsWith("\n")) {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
    }
}
