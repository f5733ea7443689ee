package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * The small protocol methods CPython's immutable builtins and text types carry (they show in
 * {@code dir()}): {@code __getnewargs__} (the plain value a subclass instance was made from) and
 * str/bytes' reflected {@code %} ({@code __rmod__}), which formats only when the left operand is
 * of the same kind, so it answers NotImplemented.
 */
final class PickleSupport {
    private PickleSupport() {}

    static void install() {
        for (PyType t : new PyType[] {Types.INT, Types.FLOAT, Types.STR, Types.BYTES, Types.TUPLE}) {
            new TypeBuilder(t).method0("__getnewargs__", self -> new PyTuple(plain(t, self)));
        }
        for (PyType t : new PyType[] {Types.STR, Types.BYTES, Types.BYTEARRAY}) {
            new TypeBuilder(t).method1("__rmod__", (self, left) -> NOT_IMPLEMENTED);
        }
    }

    /** The value as an instance of the builtin class itself ({@code True.__getnewargs__()} is {@code (1,)}). */
    private static PyObject plain(PyType t, PyObject self) {
        return self.type() == t ? self : t.call(self);
    }
}
