package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.Types;

/** {@code bool}: True and False; {@code &}, {@code |}, {@code ^} of two bools stay bools. */
public final class BoolType {
    private BoolType() {}

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.BOOL);
        t.constructor((cls, args, kw) -> {
            Args a = Args.parse("bool", args, kw, 0, "o", "/");
            return PyBool.of(a.has(0) && Ops.truthy(a.get(0)));
        });
        t.method0("__repr__", self -> new PyStr(self == PyBool.TRUE ? "True" : "False"));
        t.method1("__and__", (self, o) -> logic(self, o, 1));
        t.method1("__rand__", (self, o) -> logic(self, o, 1));
        t.method1("__or__", (self, o) -> logic(self, o, 7));
        t.method1("__ror__", (self, o) -> logic(self, o, 7));
        t.method1("__xor__", (self, o) -> logic(self, o, 12));
        t.method1("__rxor__", (self, o) -> logic(self, o, 12));
    }

    private static PyObject logic(PyObject self, PyObject o, int op) {
        if (o instanceof PyBool b) {
            boolean x = self == PyBool.TRUE;
            boolean y = b == PyBool.TRUE;
            return PyBool.of(op == 1 ? x & y : op == 7 ? x | y : x ^ y);
        }
        if (o instanceof PyInt i) {
            return IntType.arith((PyInt) self, i, op);
        }
        return NOT_IMPLEMENTED;
    }
}
