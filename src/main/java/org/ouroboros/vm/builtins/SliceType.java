package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySlice;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.Types;

/** {@code slice}. */
public final class SliceType {
    private SliceType() {}

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.SLICE);
        t.constructor((cls, args, kw) -> switch (args.length) {
            case 1 -> new PySlice(NONE, args[0], NONE);
            case 2 -> new PySlice(args[0], args[1], NONE);
            case 3 -> new PySlice(args[0], args[1], args[2]);
            default -> throw PyExc.typeError("slice expected at least 1 argument, got " + args.length);
        });
        t.method0("__repr__", self -> {
            PySlice s = (PySlice) self;
            return new PyStr("slice(" + Ops.repr(s.start).value() + ", " + Ops.repr(s.stop).value() + ", "
                    + Ops.repr(s.step).value() + ")");
        });
        t.constant("__hash__", NONE);
        t.getter("start", self -> ((PySlice) self).start);
        t.getter("stop", self -> ((PySlice) self).stop);
        t.getter("step", self -> ((PySlice) self).step);
        t.method1("indices", (self, n) -> {
            long[] idx = ((PySlice) self).indices(Ops.index(n));
            return new PyTuple(PyInt.of(idx[0]), PyInt.of(idx[1]), PyInt.of(idx[2]));
        });
        t.method1("__eq__", (self, o) -> {
            if (!(o instanceof PySlice b)) {
                return NOT_IMPLEMENTED;
            }
            PySlice a = (PySlice) self;
            return PyBool.of(Ops.eqBool(a.start, b.start) && Ops.eqBool(a.stop, b.stop) && Ops.eqBool(a.step, b.step));
        });
    }

    static PyObject none() {
        return NONE;
    }
}
