package org.ouroboros.vm.object;

/** {@code bytes}: an immutable byte array. */
public class PyBytes extends PyObject {
    private final byte[] value;

    public PyBytes(PyType type, byte[] value) {
        super(type);
        this.value = value;
    }

    public PyBytes(byte[] value) {
        this(Types.BYTES, value);
    }

    /** The bytes; callers must not modify the array. */
    public byte[] value() {
        return value;
    }
}
