package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import java.math.BigInteger;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code int}: arbitrary precision with a long fast path; the arithmetic used by the interpreter's fast paths too. */
public final class IntType {
    private IntType() {}

    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    /** CPython's PY_SSIZE_T_MAX / sizeof(digit): where divmod_shift clips a word shift. */
    private static final BigInteger WORDSHIFT_CLIP = BigInteger.valueOf(Long.MAX_VALUE / 4);
    /** CPython's MAX_LONG_DIGITS on a 64-bit build: (PY_SSIZE_T_MAX - offsetof(PyLongObject, ob_digit)) / 4. */
    private static final BigInteger MAX_LONG_DIGITS = BigInteger.valueOf((Long.MAX_VALUE - 24) / 4);
    private static final BigInteger DIGIT_BITS = BigInteger.valueOf(30);

    /**
     * A left shift too big to make: CPython sizes the result in 30-bit digits first (long_lshift1,
     * with divmod_shift's clipping of shift counts beyond Py_ssize_t) and says "too many digits in
     * integer" when the count is past what a Py_ssize_t can hold; anything smaller fails to allocate.
     */
    private static org.ouroboros.vm.object.PyException hugeShift(BigInteger x, BigInteger y) {
        BigInteger[] qr = y.divideAndRemainder(DIGIT_BITS);
        BigInteger wordshift = qr[0];
        boolean remshift = qr[1].signum() != 0;
        if (y.bitLength() > 63 && wordshift.compareTo(WORDSHIFT_CLIP) >= 0) {
            wordshift = WORDSHIFT_CLIP;
            remshift = false;
        }
        long oldsize = (x.abs().bitLength() + 29) / 30;
        BigInteger newsize = wordshift.add(BigInteger.valueOf(oldsize + (remshift ? 1 : 0)));
        if (newsize.compareTo(MAX_LONG_DIGITS) > 0) {
            return PyExc.raise(PyExc.OVERFLOW_ERROR, "too many digits in integer");
        }
        return PyExc.raise(PyExc.MEMORY_ERROR, "");
    }

    private static final String[] NB = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.INT);
        t.constructor((cls, args, kw) -> construct((PyType) cls, args, kw));
        t.method0("__repr__", self -> new PyStr(decimal((PyInt) self)));
        t.method0("__hash__", self -> PyInt.of(hash((PyInt) self)));
        t.method0("__bool__", self -> PyBool.of(((PyInt) self).signum() != 0));
        t.method0("__index__", self -> plain((PyInt) self));
        t.method0("__int__", self -> plain((PyInt) self));
        t.method0("__float__", self -> new PyFloat(((PyInt) self).doubleValue()));
        t.method0("__neg__", self -> negate((PyInt) self));
        t.method0("__pos__", self -> plain((PyInt) self));
        t.method0("__abs__", self -> ((PyInt) self).signum() < 0 ? negate((PyInt) self) : plain((PyInt) self));
        t.method0("__invert__", self -> PyInt.of(((PyInt) self).bigValue().not()));
        t.method0("bit_length", self -> PyInt.of(((PyInt) self).bigValue().abs().bitLength()));
        t.method0("bit_count", self -> PyInt.of(((PyInt) self).bigValue().abs().bitCount()));
        t.method0("as_integer_ratio", self -> new PyTuple(plain((PyInt) self), PyInt.of(1)));
        for (String rounding : new String[] {"__floor__", "__ceil__", "__trunc__"}) {
            t.method0(rounding, self -> plain((PyInt) self));
        }
        t.method0("conjugate", self -> plain((PyInt) self));
        t.getter("real", self -> plain((PyInt) self));
        t.getter("imag", self -> PyInt.of(0));
        t.getter("numerator", self -> plain((PyInt) self));
        t.getter("denominator", self -> PyInt.of(1));
        t.method("__round__", (self, args, kw) -> {
            if (args.length == 0 || args[0] == NONE) {
                return plain((PyInt) self);
            }
            long nd = Ops.index(args[0]);
            if (nd >= 0) {
                return plain((PyInt) self);
            }
            BigInteger p = BigInteger.TEN.pow((int) -nd);
            BigInteger v = ((PyInt) self).bigValue();
            BigInteger[] qr = v.divideAndRemainder(p);
            BigInteger q = v.signum() < 0 && qr[1].signum() != 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
            BigInteger r = v.subtract(q.multiply(p));
            int c = r.shiftLeft(1).compareTo(p);
            if (c > 0 || (c == 0 && q.testBit(0))) {
                q = q.add(BigInteger.ONE);
            }
            return PyInt.of(q.multiply(p));
        });
        t.method1("__format__", (self, spec) -> ObjectType.str(spec).isEmpty() ? Ops.str(self)
                : Formatter.formatInt((PyInt) self, ObjectType.str(spec)));
        t.method1("__divmod__", (self, o) -> o instanceof PyInt b
                ? new PyTuple(arith((PyInt) self, b, 2), arith((PyInt) self, b, 6)) : NOT_IMPLEMENTED);
        t.method1("__rdivmod__", (self, o) -> o instanceof PyInt b
                ? new PyTuple(arith(b, (PyInt) self, 2), arith(b, (PyInt) self, 6)) : NOT_IMPLEMENTED);
        for (int i = 0; i < NB.length; i++) {
            if (i == 4) {
                continue;
            }
            int op = i;
            t.method1("__" + NB[i] + "__", (self, o) -> binaryAny((PyInt) self, o, op, false));
            t.method1("__r" + NB[i] + "__", (self, o) -> binaryAny((PyInt) self, o, op, true));
        }
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        int[] swapped = {4, 5, 2, 3, 0, 1}; // int < float is float > int
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            t.method1(cmps[i], (self, o) -> {
                if (o instanceof PyInt b) {
                    return PyBool.of(compare((PyInt) self, b, op));
                }
                if (o instanceof PyFloat f) {
                    return FloatType.compareWithInt(f.value(), (PyInt) self, swapped[op]);
                }
                return NOT_IMPLEMENTED;
            });
        }
        t.method1("__pow__", (self, o) -> binaryAny((PyInt) self, o, 8, false));
        t.method("to_bytes", (self, args, kw) -> toBytes((PyInt) self,
                Args.parse("to_bytes", args, kw, 0, "length", "byteorder", "*", "signed")));
        t.classMethod("from_bytes", (cls, args, kw) -> {
            Args a = Args.parse("from_bytes", args, kw, 1, "bytes", "byteorder", "*", "signed");
            if (Ops.isIndex(a.get(0)) || a.get(0) instanceof PyStr) {
                // PyObject_Bytes: a count or a text is no byte source here (bytes(5) would be)
                throw PyExc.typeError("cannot convert '" + a.get(0).type().name() + "' object to bytes");
            }
            byte[] raw = a.get(0) instanceof org.ouroboros.vm.object.PyBytes pb ? pb.value()
                    : ((org.ouroboros.vm.object.PyBytes) Types.BYTES.call(a.get(0))).value();
            boolean little = littleEndian(a.get(1, new PyStr("big")));
            byte[] be = raw.clone();
            if (little) {
                reverse(be);
            }
            boolean signed = a.has(2) && Ops.truthy(a.get(2));
            java.math.BigInteger v = be.length == 0 ? java.math.BigInteger.ZERO
                    : signed ? new java.math.BigInteger(be) : new java.math.BigInteger(1, be);
            PyInt r = PyInt.of(v);
            return cls == Types.INT ? r : ((PyType) cls).call(r);
        });
    }

    private static boolean littleEndian(PyObject order) {
        String s = ObjectType.str(order);
        if (!s.equals("big") && !s.equals("little")) {
            throw PyExc.valueError("byteorder must be either 'little' or 'big'");
        }
        return s.equals("little");
    }

    private static void reverse(byte[] b) {
        for (int i = 0, j = b.length - 1; i < j; i++, j--) {
            byte x = b[i];
            b[i] = b[j];
            b[j] = x;
        }
    }

    private static PyObject toBytes(PyInt self, Args a) {
        long length = a.has(0) ? Ops.index(a.get(0)) : 1;
        if (length < 0) {
            throw PyExc.valueError("length argument must be non-negative");
        }
        boolean little = littleEndian(a.get(1, new PyStr("big")));
        boolean signed = a.has(2) && Ops.truthy(a.get(2));
        java.math.BigInteger v = self.bigValue();
        if (!signed && v.signum() < 0) {
            throw PyExc.raise(PyExc.OVERFLOW_ERROR, "can't convert negative int to unsigned");
        }
        int needed = signed ? v.bitLength() + 1 : v.bitLength();
        if (needed > length * 8) {
            throw PyExc.raise(PyExc.OVERFLOW_ERROR, "int too big to convert");
        }
        byte[] two = v.toByteArray();
        byte[] out = new byte[(int) length];
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        java.util.Arrays.fill(out, fill);
        int n = Math.min(two.length, out.length);
        System.arraycopy(two, two.length - n, out, out.length - n, n);
        if (little) {
            reverse(out);
        }
        return new org.ouroboros.vm.object.PyBytes(out);
    }

    private static PyObject binaryAny(PyInt self, PyObject o, int op, boolean reflected) {
        if (o instanceof PyInt b) {
            return reflected ? arith(b, self, op) : arith(self, b, op);
        }
        return NOT_IMPLEMENTED;
    }

    private static PyInt plain(PyInt i) {
        return i.type() == Types.INT ? i : i.isSmall() ? PyInt.of(i.longValue()) : PyInt.of(i.bigValue());
    }

    private static PyInt negate(PyInt i) {
        return i.isSmall() && i.longValue() != Long.MIN_VALUE ? PyInt.of(-i.longValue()) : PyInt.of(i.bigValue().negate());
    }

    /** int(x), int(x, base), with CPython's messages. */
    private static PyObject construct(PyType cls, PyObject[] args, String[] kw) {
        Args a = Args.parse("int", args, kw, 0, "x", "/", "base");
        PyObject v;
        if (!a.has(0)) {
            v = PyInt.of(0);
        } else if (a.has(1)) {
            if (!(a.get(0) instanceof PyStr s)) {
                throw PyExc.typeError("int() can't convert non-string with explicit base");
            }
            v = parse(s.value(), (int) Ops.index(a.get(1)));
        } else {
            v = toInt(a.get(0));
        }
        if (cls == Types.INT) {
            return v;
        }
        return PyInt.of(cls, ((PyInt) v).bigValue());
    }

    static PyObject toInt(PyObject x) {
        if (x instanceof PyInt i) {
            return plain(i);
        }
        if (x instanceof PyFloat f) {
            return fromDouble(f.value());
        }
        if (x instanceof PyStr s) {
            return parse(s.value(), 10);
        }
        PyObject m = x.type().lookup("__int__");
        if (m == null) {
            m = x.type().lookup("__index__");
        }
        if (m == null) {
            PyObject trunc = x.type().lookup("__trunc__");
            if (trunc != null) {
                return Calls.callMethod(trunc, x, new PyObject[0], null);
            }
            throw PyExc.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                    + x.type().name() + "'");
        }
        PyObject r = Calls.callMethod(m, x, new PyObject[0], null);
        if (!(r instanceof PyInt)) {
            throw PyExc.typeError("__int__ returned non-int (type " + r.type().name() + ")");
        }
        return r;
    }

    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyExc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyExc.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }

    /** 3.11's limit on decimal conversions of huge ints (CVE-2020-10735); 0 means none. */
    static int maxStrDigits() {
        org.ouroboros.vm.interp.ThreadState ts = org.ouroboros.vm.interp.ThreadState.currentOrNull();
        return ts == null ? 4300 : ts.vm().intMaxStrDigits();
    }

    /** {@code str(i)}: the decimal digits, refused past the limit. */
    public static String decimal(PyInt i) {
        String s = i.digits();
        if (!i.isSmall()) {
            int limit = maxStrDigits();
            int digits = s.length() - (s.startsWith("-") ? 1 : 0);
            if (limit > 0 && digits > limit) {
                throw PyExc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        return s;
    }

    static PyInt parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyExc.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String digits = text.strip();
        boolean neg = false;
        if (digits.startsWith("-") || digits.startsWith("+")) {
            neg = digits.startsWith("-");
            digits = digits.substring(1);
        }
        int b = base;
        boolean prefixed = false;
        String lower = digits.toLowerCase(java.util.Locale.ROOT);
        for (int[] p : new int[][] {{16, 'x'}, {8, 'o'}, {2, 'b'}}) {
            if ((b == p[0] || b == 0) && lower.length() >= 2 && lower.charAt(0) == '0' && lower.charAt(1) == p[1]) {
                digits = digits.substring(2);
                b = p[0];
                prefixed = true;
                break;
            }
        }
        boolean leadingZeroInBase0 = false;
        if (b == 0) {
            b = 10;
            // base 0 reads a literal: "010" is no literal, but "0", "00" and "0_0" are
            leadingZeroInBase0 = digits.length() > 1 && digits.charAt(0) == '0' && !digits.replace("_", "").matches("0+");
        }
        // one underscore between digits (or right after a base prefix), never at either end
        boolean badUnderscores = digits.endsWith("_") || digits.contains("__") || !prefixed && digits.startsWith("_");
        String plain = asciiDigits(digits.replace("_", ""));
        try {
            if (plain.isEmpty() || badUnderscores || leadingZeroInBase0 || plain.startsWith("+") || plain.startsWith("-")) {
                throw new NumberFormatException();
            }
            int limit = maxStrDigits();
            if (limit > 0 && plain.length() > limit && Integer.bitCount(b) != 1) {
                throw PyExc.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion: "
                        + "value has " + plain.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
            }
            BigInteger v = new BigInteger(plain, b);
            return PyInt.of(neg ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw PyExc.valueError("invalid literal for int() with base " + base + ": " + StrType.repr(text));
        }
    }

    /** Any Unicode decimal digit counts as its ASCII digit (BigInteger misses those beyond U+FFFF). */
    private static String asciiDigits(String text) {
        if (CodePoints.simple(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> sb.appendCodePoint(
                Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER ? '0' + Character.digit(cp, 10) : cp));
        return sb.toString();
    }

    public static long hash(PyInt i) {
        long h;
        if (i.isSmall()) {
            long v = i.longValue();
            h = Math.floorMod(Math.abs(v == Long.MIN_VALUE ? v + 1 : v), MODULUS);
            if (v == Long.MIN_VALUE) {
                h = i.bigValue().abs().mod(BIG_MODULUS).longValue();
            }
            h = v < 0 ? -h : h;
        } else {
            BigInteger v = i.bigValue();
            h = v.abs().mod(BIG_MODULUS).longValue();
            h = v.signum() < 0 ? -h : h;
        }
        return h == -1 ? -2 : h;
    }

    public static boolean compare(PyInt a, PyInt b, int op) {
        int c = a.isSmall() && b.isSmall() ? Long.compare(a.longValue(), b.longValue()) : a.bigValue().compareTo(b.bigValue());
        return Ops.cmpResult(c, op);
    }

    /** BINARY_OP fast path for two exact ints (NB index 0..12). */
    public static PyObject binary(PyInt a, PyInt b, int op) {
        return arith(a, b, op);
    }

    /** {@code a <op> b} for ints; op is the NB_* index. */
    public static PyObject arith(PyInt a, PyInt b, int op) {
        if (a.isSmall() && b.isSmall()) {
            long x = a.longValue();
            long y = b.longValue();
            switch (op) {
                case 0: {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case 10: {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                    break;
                }
                case 5: {
                    long hi = Math.multiplyHigh(x, y);
                    long lo = x * y;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return PyInt.of(lo);
                    }
                    break;
                }
                case 2:
                    if (y == 0) {
                        throw PyExc.zeroDivision("integer division or modulo by zero");
                    }
                    if (!(x == Long.MIN_VALUE && y == -1)) {
                        return PyInt.of(Math.floorDiv(x, y));
                    }
                    break;
                case 6:
                    if (y == 0) {
                        throw PyExc.zeroDivision("integer modulo by zero");
                    }
                    if (!(x == Long.MIN_VALUE && y == -1)) {
                        return PyInt.of(Math.floorMod(x, y));
                    }
                    break;
                case 1:
                    return PyInt.of(x & y);
                case 7:
                    return PyInt.of(x | y);
                case 12:
                    return PyInt.of(x ^ y);
                case 11:
                    return trueDivide(a, b);
                case 9:
                    if (y < 0) {
                        throw PyExc.valueError("negative shift count");
                    }
                    return PyInt.of(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
                default:
                    break;
            }
        }
        BigInteger x = a.bigValue();
        BigInteger y = b.bigValue();
        switch (op) {
            case 0:
                return PyInt.of(x.add(y));
            case 10:
                return PyInt.of(x.subtract(y));
            case 5:
                return PyInt.of(x.multiply(y));
            case 2:
            case 6: {
                if (y.signum() == 0) {
                    throw PyExc.zeroDivision(op == 2 ? "integer division or modulo by zero" : "integer modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                BigInteger r = qr[1];
                if (r.signum() != 0 && (r.signum() != y.signum())) {
                    q = q.subtract(BigInteger.ONE);
                    r = r.add(y);
                }
                return PyInt.of(op == 2 ? q : r);
            }
            case 1:
                return PyInt.of(x.and(y));
            case 7:
                return PyInt.of(x.or(y));
            case 12:
                return PyInt.of(x.xor(y));
            case 11:
                return trueDivide(a, b);
            case 3: {
                if (y.signum() < 0) {
                    throw PyExc.valueError("negative shift count");
                }
                if (x.signum() == 0) {
                    return PyInt.of(0);
                }
                if (y.bitLength() > 31 || y.intValue() > 64_000_000) {
                    throw hugeShift(x, y);
                }
                return PyInt.of(x.shiftLeft(y.intValue()));
            }
            case 9: {
                if (y.signum() < 0) {
                    throw PyExc.valueError("negative shift count");
                }
                return PyInt.of(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue()));
            }
            case 8: {
                if (y.signum() < 0) {
                    return FloatType.power(a.doubleValue(), b.doubleValue());
                }
                if (y.bitLength() > 31 || (long) x.abs().bitLength() * y.longValue() > 64_000_000L && x.abs().bitLength() > 1) {
                    // CPython would grind for minutes and gigabytes; the VM refuses at once.
                    throw PyExc.raise(PyExc.MEMORY_ERROR, "");
                }
                return PyInt.of(x.pow(y.intValue()));
            }
            default:
                return NOT_IMPLEMENTED;
        }
    }

    private static PyObject trueDivide(PyInt a, PyInt b) {
        if (b.signum() == 0) {
            throw PyExc.zeroDivision("division by zero");
        }
        if (a.isSmall() && b.isSmall() && Math.abs(a.longValue()) < (1L << 53) && Math.abs(b.longValue()) < (1L << 53)) {
            return new PyFloat((double) a.longValue() / (double) b.longValue());
        }
        java.math.BigDecimal q = new java.math.BigDecimal(a.bigValue()).divide(new java.math.BigDecimal(b.bigValue()),
                java.math.MathContext.DECIMAL128);
        double d = q.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExc.overflow("integer division result too large for a float");
        }
        return new PyFloat(d);
    }

    static PyObject attr(PyObject o, String name) {
        return Attributes.get(o, name);
    }
}
