package org.ouroboros.vm.object;

/** {@code bytearray}: a mutable byte sequence. */
public final class PyByteArray extends PyObject {
    private byte[] data;
    private int size;

    public PyByteArray(PyType type, byte[] initial) {
        super(type);
        this.data = initial.clone();
        this.size = initial.length;
    }

    public PyByteArray(PyType type) {
        this(type, new byte[0]);
    }

    /** A copy of the current contents. */
    public byte[] value() {
        return java.util.Arrays.copyOf(data, size);
    }

    public int size() {
        return size;
    }

    public int get(int i) {
        return data[i] & 0xff;
    }

    public void set(int i, int b) {
        data[i] = (byte) b;
    }

    public void append(int b) {
        if (size == data.length) {
            data = java.util.Arrays.copyOf(data, Math.max(8, size * 2));
        }
        data[size++] = (byte) b;
    }

    public void replaceAll(byte[] v) {
        data = v.clone();
        size = v.length;
    }
}
