package org.ouroboros.vm.interp;

import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyConstants;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.Types;

/** A {@link CodeObject} as a Python value ({@code f.__code__}, a constant of its enclosing code). */
public final class PyCode extends PyObject {
    /** Our own flag bit (unused by CPython): co_consts[0] is the docstring. */
    public static final int CO_HAS_DOCSTRING = 0x1000_0000;

    private final CodeObject code;

    public PyCode(CodeObject code) {
        super(Types.CODE);
        this.code = code;
    }

    public CodeObject code() {
        return code;
    }

    static boolean hasDocstring(CodeObject code) {
        return code.has(CO_HAS_DOCSTRING);
    }

    /** The traceback object passed to {@code __exit__}: here a handle on the exception's entries. */
    static PyObject traceback(PyObject exc) {
        return exc instanceof PyBaseException e ? org.ouroboros.vm.object.PyTraceback.of(e) : PyConstants.NONE;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }
}
