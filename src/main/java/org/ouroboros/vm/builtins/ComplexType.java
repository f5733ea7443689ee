package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;
import static org.ouroboros.vm.object.PyConstants.NOT_IMPLEMENTED;

import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyComplex;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code complex}: CPython 3.11's complexobject.c — construction from numbers, strings and
 * {@code __complex__}, arithmetic with int/float/complex on either side (no floor division or
 * modulo in 3.11), equality only (ordering is a TypeError), hash, abs, and repr/str/format.
 */
public final class ComplexType {
    private ComplexType() {}

    /** A complex value while computing (CPython's Py_complex). */
    record C(double re, double im) {}

    private static final C ONE = new C(1.0, 0.0);

    static void install() {
        TypeBuilder t = new TypeBuilder(Types.COMPLEX);
        t.constructor((cls, args, kw) -> {
            Args a = Args.parse("complex", args, kw, 0, "real", "imag");
            return construct((PyType) cls, a.has(0) ? a.get(0) : null, a.has(1) ? a.get(1) : null);
        });
        t.method0("__repr__", self -> new PyStr(repr(c(self))));
        t.method0("__hash__", self -> PyInt.of(hash(c(self))));
        t.method0("__bool__", self -> PyBool.of(c(self).re != 0 || c(self).im != 0));
        t.method0("__neg__", self -> box(new C(-c(self).re, -c(self).im)));
        t.method0("__pos__", self -> box(c(self)));
        t.method0("__abs__", self -> new PyFloat(abs(c(self))));
        t.method0("__complex__", self -> box(c(self)));
        t.method0("conjugate", self -> box(new C(c(self).re, -c(self).im)));
        t.method0("__getnewargs__", self -> new org.ouroboros.vm.object.PyTuple(
                new PyFloat(c(self).re), new PyFloat(c(self).im)));
        t.getter("real", self -> new PyFloat(c(self).re));
        t.getter("imag", self -> new PyFloat(c(self).im));
        t.method1("__format__", (self, spec) -> new PyStr(format(c(self), ObjectType.str(spec))));
        binary(t, "add", (a, b) -> new C(a.re + b.re, a.im + b.im));
        binary(t, "sub", (a, b) -> new C(a.re - b.re, a.im - b.im));
        binary(t, "mul", ComplexType::product);
        binary(t, "truediv", (a, b) -> {
            C q = quotient(a, b);
            if (q == null) {
                throw PyExc.zeroDivision("complex division by zero");
            }
            return q;
        });
        t.method("__pow__", (self, args, kw) -> pow(self, args[0], args.length > 1 ? args[1] : NONE, false));
        t.method("__rpow__", (self, args, kw) -> pow(self, args[0], args.length > 1 ? args[1] : NONE, true));
        t.method1("__eq__", (self, o) -> equal(c(self), o, false));
        t.method1("__ne__", (self, o) -> equal(c(self), o, true));
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            t.method1(cmp, (self, o) -> NOT_IMPLEMENTED);
        }
    }

    private interface Op {
        C apply(C a, C b);
    }

    private static void binary(TypeBuilder t, String name, Op op) {
        t.method1("__" + name + "__", (self, o) -> {
            C b = coerce(o);
            return b == null ? NOT_IMPLEMENTED : box(op.apply(c(self), b));
        });
        t.method1("__r" + name + "__", (self, o) -> {
            C a = coerce(o);
            return a == null ? NOT_IMPLEMENTED : box(op.apply(a, c(self)));
        });
    }

    private static C c(PyObject o) {
        PyComplex z = (PyComplex) o;
        return new C(z.real(), z.imag());
    }

    private static PyComplex box(C z) {
        return new PyComplex(z.re, z.im);
    }

    /** CPython's TO_COMPLEX: int, float and complex operands; anything else is NotImplemented. */
    private static C coerce(PyObject o) {
        if (o instanceof PyComplex z) {
            return new C(z.real(), z.imag());
        }
        if (o instanceof PyFloat f) {
            return new C(f.value(), 0.0);
        }
        if (o instanceof PyInt i) {
            return new C(intToDouble(i), 0.0);
        }
        return null;
    }

    /** PyLong_AsDouble: an int too big for a double is an OverflowError, not infinity. */
    private static double intToDouble(PyInt i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExc.overflow("int too large to convert to float");
        }
        return d;
    }

    static C product(C a, C b) {
        return new C(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
    }

    /** _Py_c_quot (Smith's algorithm); null for division by zero (CPython's EDOM). */
    static C quotient(C a, C b) {
        double absBre = Math.abs(b.re);
        double absBim = Math.abs(b.im);
        if (absBre >= absBim) {
            if (absBre == 0.0) {
                return null;
            }
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new C((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (absBim >= absBre) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new C((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new C(Double.NaN, Double.NaN);
    }

    private static PyObject pow(PyObject self, PyObject other, PyObject mod, boolean reflected) {
        C o = coerce(other);
        if (o == null) {
            return NOT_IMPLEMENTED;
        }
        if (mod != NONE) {
            throw PyExc.valueError("complex modulo");
        }
        C a = reflected ? o : c(self);
        C b = reflected ? c(self) : o;
        return box(power(a, b));
    }

    /** complex_pow: small integral exponents by repeated squaring, others through polar form. */
    static C power(C a, C b) {
        C p;
        boolean domainError = false;
        if (b.im == 0.0 && b.re == Math.floor(b.re) && Math.abs(b.re) <= 100.0) {
            long n = (long) b.re;
            if (n > 0) {
                p = powu(a, n);
            } else {
                p = quotient(ONE, powu(a, -n));
                if (p == null) {
                    domainError = true;
                    p = new C(0.0, 0.0);
                }
            }
        } else if (b.re == 0.0 && b.im == 0.0) {
            p = ONE;
        } else if (a.re == 0.0 && a.im == 0.0) {
            domainError = b.im != 0.0 || b.re < 0.0;
            p = new C(0.0, 0.0);
        } else {
            double vabs = Math.hypot(a.re, a.im);
            double len = Math.pow(vabs, b.re);
            double at = Math.atan2(a.im, a.re);
            double phase = at * b.re;
            if (b.im != 0.0) {
                len /= Math.exp(at * b.im);
                phase += b.im * Math.log(vabs);
            }
            p = new C(len * Math.cos(phase), len * Math.sin(phase));
        }
        if (domainError) {
            throw PyExc.zeroDivision("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p.re) || Double.isInfinite(p.im)) {
            throw PyExc.overflow("complex exponentiation");
        }
        return p;
    }

    private static C powu(C x, long n) {
        C r = ONE;
        C p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = product(r, p);
            }
            mask <<= 1;
            p = product(p, p);
        }
        return r;
    }

    /** _Py_c_abs: infinities win over NaNs; a finite result too big is an OverflowError. */
    static double abs(C z) {
        if (Double.isInfinite(z.re) || Double.isInfinite(z.im)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(z.re) || Double.isNaN(z.im)) {
            return Double.NaN;
        }
        double r = Math.hypot(z.re, z.im);
        if (Double.isInfinite(r)) {
            throw PyExc.overflow("absolute value too large");
        }
        return r;
    }

    /** complex_richcompare for == and !=: an int compares exactly with the real part. */
    private static PyObject equal(C a, PyObject o, boolean negate) {
        boolean eq;
        if (o instanceof PyInt i) {
            eq = a.im == 0.0 && exactlyEqual(a.re, i);
        } else if (o instanceof PyFloat f) {
            eq = a.re == f.value() && a.im == 0.0;
        } else if (o instanceof PyComplex z) {
            eq = a.re == z.real() && a.im == z.imag();
        } else {
            return NOT_IMPLEMENTED;
        }
        return PyBool.of(eq != negate);
    }

    private static boolean exactlyEqual(double d, PyInt i) {
        if (Double.isInfinite(d) || Double.isNaN(d) || d != Math.floor(d)) {
            return false;
        }
        return new java.math.BigDecimal(d).toBigInteger().equals(i.bigValue());
    }

    /** complex_hash: the parts' float hashes combined with _PyHASH_IMAG, -1 reserved. */
    static long hash(C z) {
        long h = FloatType.hash(z.re) + 1000003L * FloatType.hash(z.im);
        return h == -1 ? -2 : h;
    }

    /** complex_repr: {@code 2j}, {@code (1+2j)}, {@code (-0-1j)}, {@code (nan+infj)}. */
    public static String repr(double re, double im) {
        if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
            return part(im, false) + "j";
        }
        return "(" + part(re, false) + part(im, true) + "j)";
    }

    private static String repr(C z) {
        return repr(z.re, z.im);
    }

    /** PyOS_double_to_string(d, 'r', 0, sign ? Py_DTSF_SIGN : 0): repr without the ".0" of integral floats. */
    private static String part(double d, boolean sign) {
        String s;
        if (Double.isNaN(d)) {
            s = "nan";
        } else if (Double.isInfinite(d)) {
            s = d > 0 ? "inf" : "-inf";
        } else {
            s = FloatRepr.repr(d);
            if (s.endsWith(".0") && s.indexOf('e') < 0) {
                s = s.substring(0, s.length() - 2);
            }
        }
        return sign && !s.startsWith("-") ? "+" + s : s;
    }

    private static PyObject construct(PyType cls, PyObject r, PyObject i) {
        if (r == null) {
            r = PyInt.of(0);
        }
        if (r.type() == Types.COMPLEX && i == null && cls == Types.COMPLEX) {
            return r;
        }
        if (r instanceof PyStr s) {
            if (i != null) {
                throw PyExc.typeError("complex() can't take second arg if first is a string");
            }
            double[] parts = ComplexParser.parse(s.value());
            return make(cls, parts[0], parts[1]);
        }
        if (i instanceof PyStr) {
            throw PyExc.typeError("complex() second arg can't be a string");
        }
        PyObject special = r.type().lookup("__complex__");
        if (special != null) {
            PyObject converted = Calls.callMethod(special, r, new PyObject[0], null);
            if (!(converted instanceof PyComplex)) {
                throw PyExc.typeError("__complex__ returned non-complex (type " + converted.type().name() + ")");
            }
            r = converted;
        }
        if (!isNumber(r)) {
            throw PyExc.typeError("complex() first argument must be a string or a number, not '"
                    + r.type().name() + "'");
        }
        if (i != null && !isNumber(i)) {
            throw PyExc.typeError("complex() second argument must be a number, not '" + i.type().name() + "'");
        }
        double crRe;
        double crIm = 0.0;
        boolean crComplex = r instanceof PyComplex;
        if (r instanceof PyComplex z) {
            crRe = z.real();
            crIm = z.imag();
        } else {
            crRe = FloatType.toDouble(r, false);
        }
        double ciRe;
        double ciIm = 0.0;
        boolean ciComplex = false;
        if (i == null) {
            ciRe = crIm;
        } else if (i instanceof PyComplex z) {
            ciRe = z.real();
            ciIm = z.imag();
            ciComplex = true;
        } else {
            ciRe = FloatType.toDouble(i, false);
        }
        if (ciComplex) {
            crRe -= ciIm;
        }
        if (crComplex && i != null) {
            ciRe += crIm;
        }
        return make(cls, crRe, ciRe);
    }

    /** CPython's check: a number has nb_float or nb_index, or is a complex. */
    private static boolean isNumber(PyObject o) {
        return o instanceof PyComplex || o.type().lookup("__float__") != null || o.type().lookup("__index__") != null;
    }

    private static PyObject make(PyType cls, double re, double im) {
        return cls == Types.COMPLEX ? new PyComplex(re, im) : new PyComplex(cls, re, im);
    }

    /** format(z, spec): complex's format mini-language (no '=' alignment, no zero padding, no '%'). */
    static String format(C z, String specText) {
        if (specText.isEmpty()) {
            return repr(z);
        }
        Formatter.Spec spec = Formatter.parse(specText);
        if (spec.zero() || spec.fill() == '0' && spec.align() != 0) {
            throw PyExc.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align() == '=') {
            throw PyExc.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        char type = spec.type();
        if ("eEfFgGn".indexOf(type) < 0 && type != 0) {
            throw PyExc.valueError("Unknown format code '" + type + "' for object of type 'complex'");
        }
        boolean skipRe = false;
        boolean parens = false;
        if (type == 0) {
            if (z.re == 0.0 && Math.copySign(1.0, z.re) == 1.0) {
                skipRe = true;
            } else {
                parens = true;
            }
        }
        String re;
        String im;
        if (type == 0 && spec.precision() < 0) {
            re = part(z.re, false);
            im = part(z.im, true);
        } else {
            char partType = type == 0 || type == 'n' ? 'g' : type;
            String common = (spec.alt() ? "#" : "") + (spec.grouping() != 0 ? String.valueOf(spec.grouping()) : "")
                    + (spec.precision() >= 0 ? "." + spec.precision() : "") + partType;
            re = Formatter.formatFloat(z.re, common).value();
            im = Formatter.formatFloat(z.im, "+" + common).value();
        }
        if (spec.sign() == '+' && !re.startsWith("-")) {
            re = "+" + re;
        } else if (spec.sign() == ' ' && !re.startsWith("-")) {
            re = " " + re;
        }
        if (skipRe) {
            im = im.startsWith("+") ? im.substring(1) : im;
            if (spec.sign() == '+' && !im.startsWith("-")) {
                im = "+" + im;
            } else if (spec.sign() == ' ' && !im.startsWith("-")) {
                im = " " + im;
            }
        }
        String body = (parens ? "(" : "") + (skipRe ? "" : re) + im + "j" + (parens ? ")" : "");
        int pad = Math.max(0, spec.width() - body.codePointCount(0, body.length()));
        String fill = String.valueOf(spec.fill());
        return switch (spec.align()) {
            case '<' -> body + fill.repeat(pad);
            case '^' -> fill.repeat(pad / 2) + body + fill.repeat(pad - pad / 2);
            default -> fill.repeat(pad) + body;
        };
    }
}
