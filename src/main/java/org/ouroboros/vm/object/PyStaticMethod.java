package org.ouroboros.vm.object;

/** {@code staticmethod(f)}: returns {@code f} unbound. */
public final class PyStaticMethod extends PyObject {
    public PyObject function = PyConstants.NONE;

    public PyStaticMethod(PyType type) {
        super(type);
    }
}
