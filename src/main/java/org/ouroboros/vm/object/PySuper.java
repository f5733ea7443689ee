package org.ouroboros.vm.object;

/** {@code super(type, obj)}: looks attributes up in {@code obj}'s MRO after {@code type}. */
public final class PySuper extends PyObject {
    public PyType thisType;
    public PyObject obj;
    /** The class whose MRO is searched: {@code type(obj)}, or obj itself when obj is a class. */
    public PyType objType;

    public PySuper(PyType type) {
        super(type);
    }
}
