package org.ouroboros.vm;

/**
 * A bug in the VM surfaced while running Python code: carries the Java cause and the Python
 * file and line being executed, so the user sees "internal error … line N", never a stack trace.
 */
public final class InternalVmError extends RuntimeException {
    private final String filename;
    private final int line;

    public InternalVmError(Throwable cause, String filename, int line) {
        super(cause.toString(), cause, false, false);
        this.filename = filename;
        this.line = line;
    }

    public String filename() {
        return filename;
    }

    public int line() {
        return line;
    }
}
