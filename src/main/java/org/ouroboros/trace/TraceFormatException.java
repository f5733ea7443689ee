package org.ouroboros.trace;

import java.io.IOException;

/**
 * A trace file that cannot be imported: malformed JSON, another format, an unsupported version,
 * or an event that does not match any known record. The message says where, when known.
 */
public final class TraceFormatException extends IOException {
    private final int line;
    private final int column;

    TraceFormatException(String problem, int line, int column, Throwable cause) {
        super(describe(problem, line, column), cause);
        this.line = line;
        this.column = column;
    }

    TraceFormatException(String problem) {
        this(problem, -1, -1, null);
    }

    /** 1-based line of the problem, or -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public int column() {
        return column;
    }

    private static String describe(String problem, int line, int column) {
        if (line < 1) {
            return "invalid trace: " + problem;
        }
        return "invalid trace at line " + line + ", column " + column + ": " + problem;
    }
}
