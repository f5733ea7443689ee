package org.ouroboros.vm.object;

/** {@code classmethod(f)}: binds {@code f} to the class it is looked up through. */
public final class PyClassMethod extends PyObject {
    public PyObject function = PyConstants.NONE;

    public PyClassMethod(PyType type) {
        super(type);
    }
}
