package org.ouroboros.vm.object;

/**
 * A Python exception travelling through Java frames. It carries the Python exception object;
 * Java's own stack trace is never filled (it would be meaningless and slow).
 */
public final class PyException extends RuntimeException {
    private final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public PyBaseException value() {
        return value;
    }

    public boolean matches(PyType type) {
        return value.type().isSubtype(type);
    }

    @Override
    public String getMessage() {
        return value.type().name() + ": " + value.messageText();
    }
}
