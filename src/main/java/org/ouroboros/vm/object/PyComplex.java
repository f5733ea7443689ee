package org.ouroboros.vm.object;

/** {@code complex}: two Java doubles, as CPython's Py_complex. */
public class PyComplex extends PyObject {
    private final double real;
    private final double imag;

    public PyComplex(PyType type, double real, double imag) {
        super(type);
        this.real = real;
        this.imag = imag;
    }

    public PyComplex(double real, double imag) {
        this(Types.COMPLEX, real, imag);
    }

    public double real() {
        return real;
    }

    public double imag() {
        return imag;
    }
}
