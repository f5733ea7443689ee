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
        return o instanceof org.ouroboros.vm.object.PyByteArray ba ? ba.value() : ((PyBytes) o).value();
    }

    private static final java.nio.charset.Charset LATIN1 = java.nio.charset.StandardCharsets.ISO_8859_1;

    /** Bytes-like arguments as Latin-1 strs, so str's algorithms can do the byte work. */
    private static PyObject toStr(PyObject o) {
        if (o instanceof PyBytes || o instanceof org.ouroboros.vm.object.PyByteArray) {
            return new PyStr(new String(b(o), LATIN1));
        }
        if (o instanceof org.ouroboros.vm.object.PyList l) {
            java.util.List<PyObject> items = new java.util.ArrayList<>();
            for (PyObject x : l.items()) {
                items.add(toStr(x));
            }
            return new org.ouroboros.vm.object.PyList(items);
        }
        if (o instanceof org.ouroboros.vm.object.PyTuple tu) {
            PyObject[] items = tu.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = toStr(items[i]);
            }
            return new org.ouroboros.vm.object.PyTuple(items);
        }
        if (o instanceof PyStr) {
            throw PyExc.typeError("a bytes-like object is required, not 'str'");
        }
        return o;
    }

    /** Results back: strs become bytes (or bytearrays when {@code self} is one), in lists and tuples too. */
    private static PyObject fromStr(PyObject r, PyObject self) {
        if (r instanceof PyStr s) {
            byte[] v = s.value().getBytes(LATIN1);
            return self instanceof org.ouroboros.vm.object.PyByteArray
                    ? new org.ouroboros.vm.object.PyByteArray(Types.BYTEARRAY, v) : new PyBytes(v);
        }
        if (r instanceof org.ouroboros.vm.object.PyList l) {
            java.util.List<PyObject> items = new java.util.ArrayList<>();
            for (PyObject x : l.items()) {
                items.add(fromStr(x, self));
            }
            return new org.ouroboros.vm.object.PyList(items);
        }
        if (r instanceof org.ouroboros.vm.object.PyTuple tu) {
            PyObject[] items = tu.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = fromStr(items[i], self);
            }
            return new org.ouroboros.vm.object.PyTuple(items);
        }
        return r;
    }

    private static final String[] VIA_STR = {"split", "rsplit", "find", "rfind", "index", "rindex", "count",
        "replace", "startswith", "endswith", "join", "strip", "lstrip", "rstrip", "partition", "rpartition",
        "removeprefix", "removesuffix", "center", "ljust", "rjust", "zfill", "splitlines", "expandtabs"};

    private static final String[] ASCII_ONLY = {"upper", "lower", "title", "capitalize", "swapcase", "isdigit",
        "isalpha", "isalnum", "isspace", "islower", "isupper", "istitle"};

    /** Methods shared by bytes and bytearray, done by str's code over Latin-1 text (case changes stay ASCII). */
    static void installCommon(TypeBuilder t) {
        t.method0("isascii", self -> PyBool.of(((PyStr) toStr(self)).value().chars().allMatch(c -> c < 128)));
        for (String name : VIA_STR) {
            t.method(name, (self, args, kw) -> {
                PyObject[] converted = new PyObject[args.length];
                for (int i = 0; i < args.length; i++) {
                    converted[i] = toStr(args[i]);
                }
                if (name.equals("join")) {
                    converted[0] = toStr(new org.ouroboros.vm.object.PyList(
                            new java.util.ArrayList<>(IteratorTypes.list(args[0]).items())));
                }
                PyObject m = Types.STR.lookup(name);
                PyObject[] all = new PyObject[converted.length + 1];
                all[0] = toStr(self);
                System.arraycopy(converted, 0, all, 1, converted.length);
                return fromStr(m.call(all, kw), self);
            });
        }
        for (String name : ASCII_ONLY) {
            t.method0(name, self -> {
                String s = new String(b(self), LATIN1);
                StringBuilder ascii = new StringBuilder();
                for (char c : s.toCharArray()) {
                    // Non-ASCII bytes are neither letters nor digits for bytes methods: hide them as controls.
                    ascii.append(c < 0x80 ? c : '\u0001');
                }
                PyObject r = Types.STR.lookup(name).call(new PyStr(ascii.toString()));
                if (r instanceof PyStr rs) {
                    char[] out = rs.value().toCharArray();
                    for (int i = 0; i < out.length; i++) {
                        if (s.charAt(i) >= 0x80) {
                            out[i] = s.charAt(i);
                        }
                    }
                    return fromStr(new PyStr(new String(out)), self);
                }
                return r;
            });
        }
        t.method1("__contains__", (self, o) -> {
            if (o instanceof PyInt) {
                long v = Ops.index(o);
                if (v < 0 || v > 255) {
                    throw PyExc.valueError("byte must be in range(0, 256)");
                }
                for (byte x : b(self)) {
                    if ((x & 0xff) == v) {
                        return PyBool.TRUE;
                    }
                }
                return PyBool.FALSE;
            }
            return PyBool.of(new String(b(self), LATIN1).contains(((PyStr) toStr(o)).value()));
        });
        String[] cmps = {"__lt__", "__le__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            t.method1(cmps[i], (self, o) -> {
                if (!(o instanceof PyBytes) && !(o instanceof org.ouroboros.vm.object.PyByteArray)) {
                    return NOT_IMPLEMENTED;
                }
                int c = Arrays.compareUnsigned(b(self), b(o));
                return PyBool.of(op == 0 ? c < 0 : op == 1 ? c <= 0 : op == 2 ? c > 0 : c >= 0);
            });
        }
        t.method1("__mul__", (self, n) -> Ops.isIndex(n) ? fromStr(new PyStr(
                new String(b(self), LATIN1).repeat((int) Math.max(0, Ops.index(n)))), self) : NOT_IMPLEMENTED);
        t.method1("__rmul__", (self, n) -> Ops.isIndex(n) ? fromStr(new PyStr(
                new String(b(self), LATIN1).repeat((int) Math.max(0, Ops.index(n)))), self) : NOT_IMPLEMENTED);
        t.method("decode", (self, args, kw) -> {
            Args a = Args.parse("decode", args, kw, 0, "encoding", "errors");
            return Codecs.decode(b(self), Codecs.textArg(a, 0, "decode", "utf-8"), Codecs.textArg(a, 1, "decode", "strict"));
        });
        t.method("hex", (self, args, kw) -> {
            Args a = Args.parse("hex", args, kw, 0, "sep", "bytes_per_sep");
            return new PyStr(hex(b(self), a.get(0), a.has(1) ? Ops.index(a.get(1)) : 1));
        });
        t.staticMethod("maketrans", (args, kw) -> {
            byte[] from = bytesArg(args[0]);
            byte[] to = bytesArg(args[1]);
            if (from.length != to.length) {
                throw PyExc.valueError("maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return new PyBytes(table);
        });
        t.method("translate", (self, args, kw) -> {
            Args a = Args.parse("translate", args, kw, 1, "table", "/", "delete");
            byte[] table = a.get(0) == org.ouroboros.vm.object.PyConstants.NONE ? null : bytesArg(a.get(0));
            if (table != null && table.length != 256) {
                throw PyExc.valueError("translation table must be 256 characters long");
            }
            byte[] delete = a.has(1) ? bytesArg(a.get(1)) : new byte[0];
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte x : b(self)) {
                boolean dropped = false;
                for (byte d : delete) {
                    dropped |= d == x;
                }
                if (!dropped) {
                    out.write(table == null ? x : table[x & 0xff]);
                }
            }
            byte[] r = out.toByteArray();
            return self instanceof org.ouroboros.vm.object.PyByteArray
                    ? new org.ouroboros.vm.object.PyByteArray(Types.BYTEARRAY, r) : new PyBytes(r);
        });
        t.classMethod("fromhex", (cls, args, kw) -> {
            String s = ObjectType.str(args[0]).replace(" ", "");
            if (s.length() % 2 != 0) {
                throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position " + s.length());
            }
            byte[] out = new byte[s.length() / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(s.charAt(2 * i), 16);
                int lo = Character.digit(s.charAt(2 * i + 1), 16);
                if (hi < 0 || lo < 0) {
                    throw PyExc.valueError("non-hexadecimal number found in fromhex() arg at position "
                            + (hi < 0 ? 2 * i : 2 * i + 1));
                }
                out[i] = (byte) (hi * 16 + lo);
            }
            return cls == Types.BYTEARRAY ? new org.ouroboros.vm.object.PyByteArray(Types.BYTEARRAY, out)
                    : new PyBytes(out);
        });
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
                Args a = Args.parse("bytes", args, kw, 0, "source", "encoding", "errors");
                return Codecs.encode(s.value(), Codecs.textArg(a, 1, "bytes", "utf-8"), Codecs.textArg(a, 2, "bytes", "strict"));
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
            if (!(o instanceof PyBytes) && !(o instanceof org.ouroboros.vm.object.PyByteArray)) {
                throw PyExc.typeError("can't concat " + o.type().name() + " to bytes");
            }
            byte[] x = b(o);
            byte[] r = Arrays.copyOf(b(self), b(self).length + x.length);
            System.arraycopy(x, 0, r, b(self).length, x.length);
            return new PyBytes(r);
        });
        t.method1("__eq__", (self, o) -> isBytesLike(o) ? PyBool.of(Arrays.equals(b(self), b(o))) : NOT_IMPLEMENTED);
        t.method1("__ne__", (self, o) -> isBytesLike(o) ? PyBool.of(!Arrays.equals(b(self), b(o))) : NOT_IMPLEMENTED);
        installCommon(t);
        ByteArrayType.install();
    }

    /** {@code bytes.hex([sep[, bytes_per_sep]])}: groups of bytes counted from the right (from the left when negative). */
    private static String hex(byte[] v, PyObject sepArg, long perSep) {
        StringBuilder digits = new StringBuilder();
        for (byte x : v) {
            digits.append(String.format("%02x", x & 0xff));
        }
        if (sepArg == null || v.length == 0 || perSep == 0) {
            return digits.toString();
        }
        String sep = sepArg instanceof PyStr ss ? ss.value() : isBytesLike(sepArg) ? new String(b(sepArg), LATIN1) : null;
        if (sep == null || sep.length() != 1) {
            throw sep == null ? PyExc.typeError("sep must be str or bytes.") : PyExc.valueError("sep must be length 1.");
        }
        int group = (int) Math.min(Math.abs(perSep), v.length);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            boolean boundary = perSep > 0 ? (v.length - i) % group == 0 : i % group == 0;
            if (i > 0 && boundary) {
                out.append(sep);
            }
            out.append(digits, 2 * i, 2 * i + 2);
        }
        return out.toString();
    }

    private static byte[] bytesArg(PyObject o) {
        if (!isBytesLike(o)) {
            throw PyExc.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
        }
        return b(o);
    }

    static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof org.ouroboros.vm.object.PyByteArray;
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
