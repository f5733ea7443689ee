package org.ouroboros.vm.object;

/** The singletons {@code None}, {@code NotImplemented} and {@code Ellipsis}. */
public final class PyConstants {
    private PyConstants() {}

    public static final PyObject NONE = new PyObject(Types.NONE_TYPE);
    public static final PyObject NOT_IMPLEMENTED = new PyObject(Types.NOT_IMPLEMENTED_TYPE);
    public static final PyObject ELLIPSIS = new PyObject(Types.ELLIPSIS_TYPE);
}
