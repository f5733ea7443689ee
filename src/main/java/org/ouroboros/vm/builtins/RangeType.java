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
            java.math.BigInteger start = java.math.BigInteger.ZERO;
            java.math.BigInteger stop;
            java.math.BigInteger step = java.math.BigInteger.ONE;
            switch (args.length) {
                case 1 -> stop = Ops.indexInt(args[0]).bigValue();
                case 2 -> {
                    start = Ops.indexInt(args[0]).bigValue();
                    stop = Ops.indexInt(args[1]).bigValue();
                }
                case 3 -> {
                    start = Ops.indexInt(args[0]).bigValue();
                    stop = Ops.indexInt(args[1]).bigValue();
                    step = Ops.indexInt(args[2]).bigValue();
                }
                case 0 -> throw PyExc.typeError("range expected at least 1 argument, got 0");
                default -> throw PyExc.typeError("range expected at most 3 arguments, got " + args.length);
            }
            if (step.signum() == 0) {
                throw PyExc.valueError("range() arg 3 must not be zero");
            }
            return PyRange.of(start, stop, step);
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
        installBig(t);
    }

    /**
     * Ranges beyond longs: the same methods over BigIntegers. Each long-path method above defers
     * to these through {@link #bigOr} when its range is big.
     */
    private static void installBig(TypeBuilder t) {
        java.util.Map<String, org.ouroboros.vm.object.NativeMethod> big = new java.util.LinkedHashMap<>();
        big.put("__repr__", (self, a, kw) -> {
            PyRange r = (PyRange) self;
            return new PyStr("range(" + r.bigStart() + ", " + r.bigStop()
                    + (r.bigStep().equals(java.math.BigInteger.ONE) ? "" : ", " + r.bigStep()) + ")");
        });
        big.put("__len__", (self, a, kw) -> {
            java.math.BigInteger n = ((PyRange) self).bigLength();
            if (n.bitLength() >= 64) {
                throw PyExc.raise(PyExc.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            }
            return PyInt.of(n);
        });
        big.put("__bool__", (self, a, kw) -> PyBool.of(((PyRange) self).bigLength().signum() > 0));
        big.put("__getitem__", (self, a, kw) -> {
            PyRange r = (PyRange) self;
            if (a[0] instanceof PySlice) {
                throw PyExc.raise(PyExc.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
            }
            java.math.BigInteger i = Ops.indexInt(a[0]).bigValue();
            java.math.BigInteger n = r.bigLength();
            if (i.signum() < 0) {
                i = i.add(n);
            }
            if (i.signum() < 0 || i.compareTo(n) >= 0) {
                throw PyExc.indexError("range object index out of range");
            }
            return PyInt.of(r.bigAt(i));
        });
        big.put("__contains__", (self, a, kw) -> PyBool.of(a[0] instanceof PyInt v && bigIndexOf((PyRange) self,
                v.bigValue()) != null));
        big.put("__iter__", (self, a, kw) -> {
            PyRange r = (PyRange) self;
            java.math.BigInteger n = r.bigLength();
            java.math.BigInteger[] i = {java.math.BigInteger.ZERO};
            return new PyIter(Types.RANGE_ITERATOR, () -> {
                if (i[0].compareTo(n) >= 0) {
                    return null;
                }
                PyObject v = PyInt.of(r.bigAt(i[0]));
                i[0] = i[0].add(java.math.BigInteger.ONE);
                return v;
            });
        });
        big.put("__reversed__", (self, a, kw) -> {
            PyRange r = (PyRange) self;
            java.math.BigInteger n = r.bigLength();
            java.math.BigInteger[] i = {n.subtract(java.math.BigInteger.ONE)};
            return new PyIter(Types.RANGE_ITERATOR, () -> {
                if (i[0].signum() < 0) {
                    return null;
                }
                PyObject v = PyInt.of(r.bigAt(i[0]));
                i[0] = i[0].subtract(java.math.BigInteger.ONE);
                return v;
            });
        });
        big.put("index", (self, a, kw) -> {
            java.math.BigInteger i = a[0] instanceof PyInt v ? bigIndexOf((PyRange) self, v.bigValue()) : null;
            if (i == null) {
                throw PyExc.valueError(Ops.repr(a[0]).value() + " is not in range");
            }
            return PyInt.of(i);
        });
        big.put("count", (self, a, kw) -> PyInt.of(a[0] instanceof PyInt v
                && bigIndexOf((PyRange) self, v.bigValue()) != null ? 1 : 0));
        big.put("__hash__", (self, a, kw) -> {
            PyRange r = (PyRange) self;
            return PyInt.of(java.util.Objects.hash(r.bigLength(), r.bigStart(), r.bigStep()));
        });
        big.put("__eq__", (self, a, kw) -> {
            if (!(a[0] instanceof PyRange o)) {
                return NOT_IMPLEMENTED;
            }
            PyRange r = (PyRange) self;
            java.math.BigInteger n = r.bigLength();
            return PyBool.of(n.equals(o.bigLength()) && (n.signum() == 0 || r.bigStart().equals(o.bigStart())
                    && (n.equals(java.math.BigInteger.ONE) || r.bigStep().equals(o.bigStep()))));
        });
        for (var e : big.entrySet()) {
            PyObject small = Types.RANGE.members().get(e.getKey());
            org.ouroboros.vm.object.NativeMethod bigForm = e.getValue();
            t.method(e.getKey(), (self, a, kw) -> ((PyRange) self).isBig()
                    || (a.length > 0 && a[0] instanceof PyRange o && o.isBig())
                    ? bigForm.call(self, a, kw) : org.ouroboros.vm.object.Calls.callMethod(small, self, a, kw));
        }
        t.getter("start", self -> PyInt.of(((PyRange) self).bigStart()));
        t.getter("stop", self -> PyInt.of(((PyRange) self).bigStop()));
        t.getter("step", self -> PyInt.of(((PyRange) self).bigStep()));
    }

    /** The position of {@code v} in a big range, or null. */
    private static java.math.BigInteger bigIndexOf(PyRange r, java.math.BigInteger v) {
        java.math.BigInteger off = v.subtract(r.bigStart());
        java.math.BigInteger[] qr = off.divideAndRemainder(r.bigStep());
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(r.bigLength()) >= 0) {
            return null;
        }
        return qr[0];
    }

    static PyIter iterator(PyRange r) {
        return PyIter.range(r.start(), r.step(), r.length());
    }
}
