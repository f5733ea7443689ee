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
            if (k instanceof PySlice sl) {
                assignSlice(ba(self), sl, v);
                return NONE;
            }
            ba(self).set(Sequences.index(Sequences.subscript(k, "bytearray"), ba(self).size(), "bytearray"),
                    checkByte(v));
            return NONE;
        });
        t.method1("__delitem__", (self, k) -> {
            java.util.List<Integer> bytes = asList(ba(self));
            if (k instanceof PySlice sl) {
                long[] idx = sl.indices(bytes.size());
                java.util.List<Integer> drop = new java.util.ArrayList<>();
                for (long i = 0, p = idx[0]; i < idx[3]; i++, p += idx[2]) {
                    drop.add((int) p);
                }
                drop.sort(java.util.Collections.reverseOrder());
                for (int i : drop) {
                    bytes.remove(i);
                }
            } else {
                bytes.remove(Sequences.index(Sequences.subscript(k, "bytearray"), bytes.size(), "bytearray"));
            }
            store(ba(self), bytes);
            return NONE;
        });
        t.method2("insert", (self, at, v) -> {
            java.util.List<Integer> bytes = asList(ba(self));
            long i = Ops.index(at);
            int n = bytes.size();
            int pos = (int) (i < 0 ? Math.max(0, i + n) : Math.min(i, n));
            bytes.add(pos, checkByte(v));
            store(ba(self), bytes);
            return NONE;
        });
        t.method("pop", (self, args, kw) -> {
            java.util.List<Integer> bytes = asList(ba(self));
            if (bytes.isEmpty()) {
                throw PyExc.indexError("pop from empty bytearray");
            }
            long i = args.length > 0 ? Ops.index(args[0]) : -1;
            if (i < 0) {
                i += bytes.size();
            }
            if (i < 0 || i >= bytes.size()) {
                throw PyExc.indexError("pop index out of range");
            }
            int r = bytes.remove((int) i);
            store(ba(self), bytes);
            return PyInt.of(r);
        });
        t.method1("remove", (self, v) -> {
            java.util.List<Integer> bytes = asList(ba(self));
            if (!bytes.remove((Integer) checkByte(v))) {
                throw PyExc.valueError("value not found in bytearray");
            }
            store(ba(self), bytes);
            return NONE;
        });
        t.method0("reverse", self -> {
            java.util.List<Integer> bytes = asList(ba(self));
            java.util.Collections.reverse(bytes);
            store(ba(self), bytes);
            return NONE;
        });
        t.method0("clear", self -> {
            ba(self).replaceAll(new byte[0]);
            return NONE;
        });
        t.method0("copy", self -> new PyByteArray(Types.BYTEARRAY, ba(self).value()));
        t.method1("__iadd__", (self, o) -> {
            if (!BytesType.isBytesLike(o)) {
                throw PyExc.typeError("can't concat " + o.type().name() + " to bytearray");
            }
            for (byte x : BytesType.b(o)) {
                ba(self).append(x & 0xff);
            }
            return self;
        });
        t.method1("__imul__", (self, n) -> {
            if (!Ops.isIndex(n)) {
                return NOT_IMPLEMENTED;
            }
            byte[] v = ba(self).value();
            long times = Math.max(0, Ops.index(n));
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (long i = 0; i < times; i++) {
                out.writeBytes(v);
            }
            ba(self).replaceAll(out.toByteArray());
            return self;
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

    private static java.util.List<Integer> asList(PyByteArray a) {
        java.util.List<Integer> out = new java.util.ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i));
        }
        return out;
    }

    private static void store(PyByteArray a, java.util.List<Integer> bytes) {
        byte[] v = new byte[bytes.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (byte) (int) bytes.get(i);
        }
        a.replaceAll(v);
    }

    /** {@code b[i:j:k] = source}: bytes-like objects or iterables of ints, never a bare int or str. */
    private static void assignSlice(PyByteArray a, PySlice sl, PyObject source) {
        java.util.List<Integer> repl = new java.util.ArrayList<>();
        if (BytesType.isBytesLike(source)) {
            for (byte x : BytesType.b(source)) {
                repl.add(x & 0xff);
            }
        } else if (Ops.isIndex(source) || source instanceof PyStr) {
            throw PyExc.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            for (PyObject o : Ops.iterable(source)) {
                repl.add(checkByte(o));
            }
        }
        java.util.List<Integer> bytes = asList(a);
        long[] idx = sl.indices(bytes.size());
        if (idx[2] == 1) {
            int lo = (int) idx[0];
            int hi = (int) Math.max(idx[0], idx[1]);
            bytes.subList(lo, hi).clear();
            bytes.addAll(lo, repl);
        } else {
            if (repl.size() != idx[3]) {
                throw PyExc.valueError("attempt to assign bytes of size " + repl.size() + " to extended slice of size "
                        + idx[3]);
            }
            for (int i = 0; i < idx[3]; i++) {
                bytes.set((int) (idx[0] + i * idx[2]), repl.get(i));
            }
        }
        store(a, bytes);
    }
}
