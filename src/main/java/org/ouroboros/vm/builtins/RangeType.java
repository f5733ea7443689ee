package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyIter;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyRange;
import org.ouroboros.vm.object.PySlice;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.Types;

/** {@code range}. */
public final class RangeType {
    private RangeType() {}

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.RANGE);
        t.constructor((cls, args, kw) -> {
            TypeBuilder.noKeywords("range", kw);
            long start = 0;
            long stop;
            long step = 1;
            switch (args.length) {
                case 1 -> stop = Ops.index(args[0]);
                case 2 -> {
                    start = Ops.index(args[0]);
                    stop = Ops.index(args[1]);
                }
                case 3 -> {
                    start = Ops.index(args[0]);
                    stop = Ops.index(args[1]);
                    step = Ops.index(args[2]);
                }
                case 0 -> throw PyExc.typeError("range expected at least 1 argument, got 0");
                default -> throw PyExc.typeError("range expected at most 3 arguments, got " + args.length);
            }
            if (step == 0) {
                throw PyExc.valueError("range() arg 3 must not be zero");
            }
            return new PyRange(start, stop, step);
        });
        t.method0("__repr__", self -> {
            PyRange r = (PyRange) self;
            return new PyStr("range(" + r.start() + ", " + r.stop() + (r.step() == 1 ? "" : ", " + r.step()) + ")");
        });
        t.method0("__len__", self -> PyInt.of(((PyRange) self).length()));
        t.method0("__bool__", self -> PyBool.of(((PyRange) self).length() > 0));
        t.method0("__iter__", self -> iterator((PyRange) self));
        t.method0("__reversed__", self -> {
            PyRange r = (PyRange) self;
            long n = r.length();
            return iterator(new PyRange(r.at(n - 1), r.start() - r.step(), -r.step()));
        });
        t.method0("__hash__", self -> {
            PyRange r = (PyRange) self;
            return PyInt.of(java.util.Objects.hash(r.length(), r.start(), r.step()));
        });
        t.method1("__getitem__", (self, k) -> {
            PyRange r = (PyRange) self;
            if (k instanceof PySlice s) {
                long[] idx = s.indices(r.length());
                return new PyRange(r.at(idx[0]), r.at(idx[1]), r.step() * idx[2]);
            }
            long i = Ops.index(k);
            long n = r.length();
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw PyExc.indexError("range object index out of range");
            }
            return PyInt.of(r.at(i));
        });
        t.method1("__contains__", (self, o) -> {
            PyRange r = (PyRange) self;
            if (o instanceof PyInt i && i.isSmall()) {
                long v = i.longValue();
                boolean in = r.step() > 0 ? v >= r.start() && v < r.stop() : v <= r.start() && v > r.stop();
                return PyBool.of(in && (v - r.start()) % r.step() == 0);
            }
            for (long i = 0; i < r.length(); i++) {
                if (Ops.eqBool(PyInt.of(r.at(i)), o)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        t.method1("__eq__", (self, o) -> {
            if (!(o instanceof PyRange b)) {
                return NOT_IMPLEMENTED;
            }
            PyRange a = (PyRange) self;
            return PyBool.of(a.length() == b.length() && (a.length() == 0
                    || (a.start() == b.start() && (a.length() == 1 || a.step() == b.step()))));
        });
        t.method1("count", (self, o) -> {
            PyRange r = (PyRange) self;
            if (o instanceof PyInt) {
                return PyInt.of(Ops.contains(r, o) ? 1 : 0);
            }
            long n = 0;
            for (long i = 0; i < r.length(); i++) {
                if (Ops.eqBool(PyInt.of(r.at(i)), o)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.method1("index", (self, o) -> {
            PyRange r = (PyRange) self;
            if (o instanceof PyInt i && i.isSmall()) {
                if (!Ops.contains(r, o)) {
                    throw PyExc.valueError(Ops.repr(o).value() + " is not in range");
                }
                return PyInt.of((i.longValue() - r.start()) / r.step());
            }
            for (long i = 0; i < r.length(); i++) {
                if (Ops.eqBool(PyInt.of(r.at(i)), o)) {
                    return PyInt.of(i);
                }
            }
            throw PyExc.valueError(Ops.repr(o).value() + " is not in range");
        });
        t.getter("start", self -> PyInt.of(((PyRange) self).start()));
        t.getter("stop", self -> PyInt.of(((PyRange) self).stop()));
        t.getter("step", self -> PyInt.of(((PyRange) self).step()));
    }

    static PyIter iterator(PyRange r) {
        return PyIter.range(r.start(), r.step(), r.length());
    }
}
