package org.ouroboros.vm.object;

/** {@code True} and {@code False}: the only two instances of {@code bool}, a subclass of int. */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(Types.BOOL, v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean isTrue() {
        return this == TRUE;
    }
}
