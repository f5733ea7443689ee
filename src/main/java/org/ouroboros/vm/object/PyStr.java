package org.ouroboros.vm.object;

/** {@code str}: an immutable Java string. Identifier-like constants are interned by the compiler. */
public class PyStr extends PyObject {
    public static final PyStr EMPTY = new PyStr("");
    private final String value;

    public PyStr(PyType type, String value) {
        super(type);
        this.value = value;
    }

    public PyStr(String value) {
        this(Types.STR, value);
    }

    public String value() {
        return value;
    }

    @Override
    public int hashCode() {
        return type == Types.STR ? value.hashCode() : super.hashCode();
    }

    /** Kept tiny so the JIT inlines it into dict lookups; str subclasses take the general path. */
    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        return type == Types.STR && other instanceof PyStr && ((PyStr) other).type == Types.STR
                ? value.equals(((PyStr) other).value) : subclassEquals(other);
    }

    private boolean subclassEquals(Object other) {
        return super.equals(other);
    }
}
