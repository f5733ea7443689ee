package org.ouroboros.vm.object;

/** {@code property(fget, fset, fdel, doc)}: a data descriptor calling Python functions. */
public final class PyProperty extends PyObject {
    public PyObject fget = PyConstants.NONE;
    public PyObject fset = PyConstants.NONE;
    public PyObject fdel = PyConstants.NONE;
    public PyObject doc = PyConstants.NONE;
    /** The attribute name, learned through {@code __set_name__}; used in error messages. */
    public String name;

    public PyProperty(PyType type) {
        super(type);
    }
}
