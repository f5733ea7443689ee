package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

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

/** {@code float}: IEEE doubles with Python's repr, floor division/modulo and hashing. */
public final class FloatType {
    private FloatType() {}

    private static final String[] NB = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.FLOAT);
        t.constructor((cls, args, kw) -> {
            Args a = Args.parse("float", args, kw, 0, "x", "/");
            double v = a.has(0) ? toDouble(a.get(0), true) : 0.0;
            return cls == Types.FLOAT ? new PyFloat(v) : new PyFloat((PyType) cls, v);
        });
        t.method0("__repr__", self -> new PyStr(FloatRepr.repr(((PyFloat) self).value())));
        t.method0("__hash__", self -> PyInt.of(hash(((PyFloat) self).value())));
        t.method0("__bool__", self -> PyBool.of(((PyFloat) self).value() != 0));
        t.method0("__int__", self -> IntType.fromDouble(((PyFloat) self).value()));
        t.method0("__trunc__", self -> IntType.fromDouble(((PyFloat) self).value()));
        t.method0("__float__", self -> new PyFloat(((PyFloat) self).value()));
        t.method0("__neg__", self -> new PyFloat(-((PyFloat) self).value()));
        t.method0("__pos__", self -> new PyFloat(((PyFloat) self).value()));
        t.method0("__abs__", self -> new PyFloat(Math.abs(((PyFloat) self).value())));
        t.method0("is_integer", self -> {
            double d = ((PyFloat) self).value();
            return PyBool.of(!Double.isInfinite(d) && d == Math.floor(d));
        });
        t.getter("real", self -> self);
        t.getter("imag", self -> new PyFloat(0.0));
        t.method0("conjugate", self -> self);
        t.method0("as_integer_ratio", self -> integerRatio(((PyFloat) self).value()));
        t.method0("__floor__", self -> IntType.fromDouble(Math.floor(((PyFloat) self).value())));
        t.method0("__ceil__", self -> IntType.fromDouble(Math.ceil(((PyFloat) self).value())));
        t.method0("hex", self -> new PyStr(hex(((PyFloat) self).value())));
        t.classMethod("fromhex", (cls, args, kw) -> {
            PyFloat f = new PyFloat(fromHex(ObjectType.str(args[0])));
            return cls == Types.FLOAT ? f : ((org.ouroboros.vm.object.PyType) cls).call(f);
        });
        t.method("__round__", (self, args, kw) -> round(((PyFloat) self).value(), args.length == 0 ? NONE : args[0]));
        t.method1("__format__", (self, spec) -> Formatter.formatFloat(((PyFloat) self).value(), ObjectType.str(spec)));
        for (int i = 0; i < NB.length; i++) {
            if (i == 0 || i == 2 || i == 5 || i == 6 || i == 8 || i == 10 || i == 11) {
                int op = i;
                t.method1("__" + NB[i] + "__", (self, o) -> {
                    Double b = coerce(o);
                    return b == null ? NOT_IMPLEMENTED : arith(((PyFloat) self).value(), b, op);
                });
                t.method1("__r" + NB[i] + "__", (self, o) -> {
                    Double b = coerce(o);
                    return b == null ? NOT_IMPLEMENTED : arith(b, ((PyFloat) self).value(), op);
                });
            }
        }
        t.method1("__divmod__", (self, o) -> {
            Double b = coerce(o);
            return b == null ? NOT_IMPLEMENTED : divmodTuple(((PyFloat) self).value(), b);
        });
        t.method1("__rdivmod__", (self, o) -> {
            Double b = coerce(o);
            return b == null ? NOT_IMPLEMENTED : divmodTuple(b, ((PyFloat) self).value());
        });
        String[] cmps = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int i = 0; i < cmps.length; i++) {
            int op = i;
            t.method1(cmps[i], (self, o) -> {
                if (o instanceof PyInt n) {
                    return compareWithInt(((PyFloat) self).value(), n, op);
                }
                Double b = coerce(o);
                return b == null ? NOT_IMPLEMENTED : compareValues(((PyFloat) self).value(), b, op);
            });
        }
    }

    private static Double coerce(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        return null;
    }

    /** {@code a <op> n} compared exactly, as CPython does (no rounding of a big int to a float first). */
    static PyObject compareWithInt(double a, PyInt n, int op) {
        if (Double.isNaN(a)) {
            return PyBool.of(op == 3);
        }
        int c;
        if (Double.isInfinite(a)) {
            c = a > 0 ? 1 : -1;
        } else if (n.isSmall() && Math.abs(n.longValue()) <= (1L << 53)) {
            c = Double.compare(a == 0 ? 0.0 : a, (double) n.longValue());
        } else {
            c = new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(n.bigValue()));
        }
        return PyBool.of(Ops.cmpResult(c, op));
    }

    private static PyObject divmodTuple(double a, double b) {
        if (b == 0) {
            throw PyExc.zeroDivision("float divmod()");
        }
        double[] r = divmod(a, b);
        return new PyTuple(new PyFloat(r[0]), new PyFloat(r[1]));
    }

    /**
     * CPython's float_divmod: the remainder from fmod, the quotient from (a - mod) / b, both
     * adjusted toward floor; so 1 // 0.1 is 9.0, not floor(1 / 0.1) = 10.0.
     */
    static double[] divmod(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floordiv, mod};
    }

    static PyObject compareValues(double a, double b, int op) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return PyBool.of(op == 3);
        }
        return PyBool.of(Ops.cmpResult(Double.compare(a == 0 ? 0.0 : a, b == 0 ? 0.0 : b), op));
    }

    static PyObject arith(double a, double b, int op) {
        switch (op) {
            case 0:
                return new PyFloat(a + b);
            case 10:
                return new PyFloat(a - b);
            case 5:
                return new PyFloat(a * b);
            case 11:
                if (b == 0) {
                    throw PyExc.zeroDivision("float division by zero");
                }
                return new PyFloat(a / b);
            case 2:
                if (b == 0) {
                    throw PyExc.zeroDivision("float floor division by zero");
                }
                return new PyFloat(divmod(a, b)[0]);
            case 6: {
                if (b == 0) {
                    throw PyExc.zeroDivision("float modulo");
                }
                return new PyFloat(divmod(a, b)[1]);
            }
            case 8:
                return power(a, b);
            default:
                return NOT_IMPLEMENTED;
        }
    }

    static PyObject power(double a, double b) {
        if (a == 0 && b < 0) {
            throw PyExc.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b)) {
            // float_pow: a negative base to a fractional power is complex.
            ComplexType.C z = ComplexType.power(new ComplexType.C(a, 0.0), new ComplexType.C(b, 0.0));
            return new org.ouroboros.vm.object.PyComplex(z.re(), z.im());
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyExc.overflow("(34, 'Numerical result out of range')");
        }
        return new PyFloat(r);
    }

    private static PyObject round(double d, PyObject ndigits) {
        if (ndigits == NONE) {
            if (Double.isNaN(d)) {
                throw PyExc.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyExc.overflow("cannot convert float infinity to integer");
            }
            return IntType.fromDouble(Math.rint(d));
        }
        long n = Ops.index(ndigits);
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return new PyFloat(d);
        }
        java.math.BigDecimal bd = new java.math.BigDecimal(d).setScale((int) Math.max(-400, Math.min(400, n)),
                java.math.RoundingMode.HALF_EVEN);
        double r = bd.doubleValue();
        return new PyFloat(r == 0 ? Math.copySign(0.0, d) : r);
    }

    /** float(x): numbers, numeric strings (incl. inf/nan), or {@code __float__}. */
    static double toDouble(PyObject x, boolean fromConstructor) {
        if (x instanceof PyFloat f) {
            return f.value();
        }
        if (x instanceof PyInt i) {
            return i.doubleValue();
        }
        if (x instanceof PyStr s && fromConstructor) {
            String v = s.value().strip().replace("_", "").toLowerCase();
            switch (v) {
                case "inf", "+inf", "infinity", "+infinity":
                    return Double.POSITIVE_INFINITY;
                case "-inf", "-infinity":
                    return Double.NEGATIVE_INFINITY;
                case "nan", "+nan", "-nan":
                    return Double.NaN;
                default:
                    break;
            }
            try {
                if (v.isEmpty() || v.endsWith("d") || v.endsWith("f") || v.startsWith("0x")) {
                    throw new NumberFormatException();
                }
                return Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw PyExc.valueError("could not convert string to float: " + StrType.repr(s.value()));
            }
        }
        PyObject m = x.type().lookup("__float__");
        if (m == null) {
            PyObject idx = x.type().lookup("__index__");
            if (idx != null) {
                return ((PyInt) Calls.callMethod(idx, x, new PyObject[0], null)).doubleValue();
            }
            throw PyExc.typeError(fromConstructor
                    ? "float() argument must be a string or a real number, not '" + x.type().name() + "'"
                    : "must be real number, not " + x.type().name());
        }
        PyObject r = Calls.callMethod(m, x, new PyObject[0], null);
        if (!(r instanceof PyFloat f)) {
            throw PyExc.typeError(x.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
        }
        return f.value();
    }

    /** CPython's _Py_HashDouble: integral values hash like the equal int. */
    public static long hash(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9e18) {
            return IntType.hash(PyInt.of((long) d));
        }
        long modulus = (1L << 61) - 1;
        int[] e = new int[1];
        double m = frexp(Math.abs(d), e);
        long x = 0;
        int exp = e[0];
        while (m != 0) {
            x = ((x << 28) & modulus) | x >>> (61 - 28);
            m *= 268435456.0;
            exp -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= modulus) {
                x -= modulus;
            }
        }
        exp = exp >= 0 ? exp % 61 : 61 - 1 - ((-1 - exp) % 61);
        x = ((x << exp) & modulus) | x >>> (61 - exp);
        if (d < 0) {
            x = -x;
        }
        return x == -1 ? -2 : x;
    }

    private static double frexp(double d, int[] exp) {
        if (d == 0) {
            exp[0] = 0;
            return 0;
        }
        int e = Math.getExponent(d) + 1;
        double m = d / Math.pow(2, e);
        if (m >= 1.0) {
            m /= 2;
            e++;
        }
        if (m < 0.5) {
            m *= 2;
            e--;
        }
        exp[0] = e;
        return m;
    }

    private static PyObject integerRatio(double d) {
        if (Double.isInfinite(d)) {
            throw PyExc.raise(PyExc.OVERFLOW_ERROR, "cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(d)) {
            throw PyExc.valueError("cannot convert NaN to integer ratio");
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        java.math.BigInteger num = exact.unscaledValue();
        java.math.BigInteger den = java.math.BigInteger.ONE;
        int scale = exact.scale();
        if (scale > 0) {
            den = java.math.BigInteger.TEN.pow(scale);
        } else if (scale < 0) {
            num = num.multiply(java.math.BigInteger.TEN.pow(-scale));
        }
        java.math.BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new org.ouroboros.vm.object.PyTuple(PyInt.of(num), PyInt.of(den));
    }

    /** float.hex(): CPython always prints 13 hex digits of mantissa ({@code 0x1.0000000000000p-1}). */
    static String hex(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(a);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        String lead = "1";
        if (exp == 0) {
            lead = "0";
            exp = -1022;
        } else {
            exp -= 1023;
        }
        String digits = String.format("%013x", mant);
        return sign + "0x" + lead + "." + digits + "p" + (exp >= 0 ? "+" : "") + exp;
    }

    static double fromHex(String s) {
        String t = s.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.equals("inf") || t.equals("+inf") || t.equals("infinity") || t.equals("+infinity")) {
                return Double.POSITIVE_INFINITY;
            }
            if (t.equals("-inf") || t.equals("-infinity")) {
                return Double.NEGATIVE_INFINITY;
            }
            if (t.equals("nan") || t.equals("+nan") || t.equals("-nan")) {
                return Double.NaN;
            }
            String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
            String sign = t.startsWith("-") ? "-" : "";
            if (!body.startsWith("0x")) {
                body = "0x" + body;
            }
            if (!body.contains("p")) {
                body = body + "p0";
            }
            return Double.parseDouble(sign + body);
        } catch (NumberFormatException e) {
            throw PyExc.valueError("invalid hexadecimal floating-point string");
        }
    }
}
