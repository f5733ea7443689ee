package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyByteArray;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyIter;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySlice;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code bytearray}: bytes' read-only methods plus item assignment, append and extend. */
final class ByteArrayType {
    private ByteArrayType() {}

    private static PyByteArray ba(PyObject o) {
        return (PyByteArray) o;
    }

    private static int checkByte(PyObject o) {
        long v = Ops.index(o);
        if (v < 0 || v > 255) {
            throw PyExc.valueError("byte must be in range(0, 256)");
        }
        return (int) v;
    }

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.BYTEARRAY);
        t.constructor((cls, args, kw) -> new PyByteArray((PyType) cls));
        t.method("__init__", (self, args, kw) -> {
            byte[] v = args.length == 0 ? new byte[0] : ((PyBytes) Types.BYTES.call(args, kw)).value();
            ba(self).replaceAll(v);
            return NONE;
        });
        t.method0("__repr__", self -> new PyStr(self.type().name() + "(" + BytesType.repr(ba(self).value()) + ")"));
        t.constant("__hash__", NONE);
        t.method0("__len__", self -> PyInt.of(ba(self).size()));
        t.method1("__getitem__", (self, k) -> {
            byte[] v = ba(self).value();
            if (k instanceof PySlice s) {
                long[] idx = s.indices(v.length);
                byte[] r = new byte[(int) idx[3]];
                for (int i = 0; i < r.length; i++) {
                    r[i] = v[(int) (idx[0] + i * idx[2])];
                }
                return new PyByteArray(Types.BYTEARRAY, r);
            }
            return PyInt.of(ba(self).get(Sequences.index(Sequences.subscript(k, "bytearray"), v.length, "bytearray")));
        });
        t.method2("__setitem__", (self, k, v) -> {
            ba(self).set(Sequences.index(Sequences.subscript(k, "bytearray"), ba(self).size(), "bytearray"),
                    checkByte(v));
            return NONE;
        });
        t.method0("__iter__", self -> {
            PyByteArray a = ba(self);
            int[] i = {0};
            return new PyIter(Types.BYTES_ITERATOR, () -> i[0] < a.size() ? PyInt.of(a.get(i[0]++)) : null);
        });
        t.method1("append", (self, v) -> {
            ba(self).append(checkByte(v));
            return NONE;
        });
        t.method1("extend", (self, it) -> {
            for (PyObject o : Ops.iterable(it)) {
                ba(self).append(checkByte(o));
            }
            return NONE;
        });
        t.method1("__add__", (self, o) -> {
            if (!BytesType.isBytesLike(o)) {
                throw PyExc.typeError("can't concat " + o.type().name() + " to bytearray");
            }
            PyByteArray r = new PyByteArray(Types.BYTEARRAY, ba(self).value());
            for (byte x : BytesType.b(o)) {
                r.append(x & 0xff);
            }
            return r;
        });
        t.method1("__eq__", (self, o) -> BytesType.isBytesLike(o)
                ? PyBool.of(java.util.Arrays.equals(ba(self).value(), BytesType.b(o))) : NOT_IMPLEMENTED);
        t.method1("__ne__", (self, o) -> BytesType.isBytesLike(o)
                ? PyBool.of(!java.util.Arrays.equals(ba(self).value(), BytesType.b(o))) : NOT_IMPLEMENTED);
        BytesType.installCommon(t);
    }
}
