package org.ouroboros.vm.object;

import java.util.List;

/**
 * A traceback object: a snapshot of an exception's traceback entries (outermost first), so
 * {@code exc.__traceback__ = tb} and {@code with_traceback(tb)} can put back what a handler saw.
 */
public final class PyTraceback extends PyObject {
    private final List<PyBaseException.TracebackEntry> entries;

    public PyTraceback(List<PyBaseException.TracebackEntry> entries) {
        super(Types.TRACEBACK);
        this.entries = List.copyOf(entries);
    }

    /** {@code exc.__traceback__}: None when the exception has not been raised yet. */
    public static PyObject of(PyBaseException exc) {
        return exc.traceback().isEmpty() ? PyConstants.NONE : new PyTraceback(exc.traceback());
    }

    public List<PyBaseException.TracebackEntry> entries() {
        return entries;
    }
}
