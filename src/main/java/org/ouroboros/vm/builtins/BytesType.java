package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyIter;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySlice;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.Types;

/** {@code bytes}. */
public final class BytesType {
    private BytesType() {}

    static byte[] b(PyObject o) {
        return ((PyBytes) o).value();
    }

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.BYTES);
        t.method1("__mod__", (self, o) -> new PyBytes(PercentFormat.formatBytes(b(self), o)));
        t.constructor((cls, args, kw) -> {
            if (args.length == 0) {
                return new PyBytes(new byte[0]);
            }
            PyObject src = args[0];
            if (src instanceof PyStr s) {
                if (args.length < 2) {
                    throw PyExc.typeError("string argument without an encoding");
                }
                return new PyBytes(s.value().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            if (src instanceof PyInt n) {
                return new PyBytes(new byte[(int) Ops.index(n)]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (PyObject o : Ops.iterable(src)) {
                long v = Ops.index(o);
                if (v < 0 || v > 255) {
                    throw PyExc.valueError("bytes must be in range(0, 256)");
                }
                out.write((int) v);
            }
            return new PyBytes(out.toByteArray());
        });
        t.method0("__repr__", self -> new PyStr(repr(b(self))));
        t.method0("__hash__", self -> PyInt.of(Arrays.hashCode(b(self))));
        t.method0("__len__", self -> PyInt.of(b(self).length));
        t.method1("__getitem__", (self, k) -> {
            byte[] v = b(self);
            if (k instanceof PySlice s) {
                long[] idx = s.indices(v.length);
                byte[] r = new byte[(int) idx[3]];
                for (int i = 0; i < r.length; i++) {
                    r[i] = v[(int) (idx[0] + i * idx[2])];
                }
                return new PyBytes(r);
            }
            return PyInt.of(v[Sequences.index(Ops.index(k), v.length, "index")] & 0xff);
        });
        t.method0("__iter__", self -> {
            byte[] v = b(self);
            int[] i = {0};
            return new PyIter(Types.BYTES_ITERATOR, () -> i[0] < v.length ? PyInt.of(v[i[0]++] & 0xff) : null);
        });
        t.method1("__add__", (self, o) -> {
            if (!(o instanceof PyBytes x)) {
                throw PyExc.typeError("can't concat " + o.type().name() + " to bytes");
            }
            byte[] r = Arrays.copyOf(b(self), b(self).length + x.value().length);
            System.arraycopy(x.value(), 0, r, b(self).length, x.value().length);
            return new PyBytes(r);
        });
        t.method1("__eq__", (self, o) -> o instanceof PyBytes x ? PyBool.of(Arrays.equals(b(self), x.value())) : NOT_IMPLEMENTED);
        t.method1("__ne__", (self, o) -> o instanceof PyBytes x ? PyBool.of(!Arrays.equals(b(self), x.value())) : NOT_IMPLEMENTED);
        t.method("decode", (self, args, kw) -> new PyStr(new String(b(self), java.nio.charset.StandardCharsets.UTF_8)));
        t.method0("hex", self -> {
            StringBuilder sb = new StringBuilder();
            for (byte x : b(self)) {
                sb.append(String.format("%02x", x & 0xff));
            }
            return new PyStr(sb.toString());
        });
    }

    static String repr(byte[] v) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : v) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char q = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(q);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
