package org.ouroboros.vm.object;

/** {@code float}: a Java double; repr is Python's shortest round-trip form (see FloatRepr). */
public class PyFloat extends PyObject {
    private final double value;

    public PyFloat(PyType type, double value) {
        super(type);
        this.value = value;
    }

    public PyFloat(double value) {
        this(Types.FLOAT, value);
    }

    public double value() {
        return value;
    }
}
