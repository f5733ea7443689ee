package org.ouroboros.vm.module;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyTuple;

/**
 * {@code math}: the constants and the functions course programs use, with CPython's results
 * (ints from floor/ceil/factorial/gcd, exact integer sqrt) and its error texts ("math domain
 * error", "math range error", factorial of negatives).
 */
final class MathModule {
    private MathModule() {}

    static PyModule create() {
        PyModule m = new PyModule("math");
        m.add("pi", new PyFloat(Math.PI));
        m.add("e", new PyFloat(Math.E));
        m.add("tau", new PyFloat(2 * Math.PI));
        m.add("inf", new PyFloat(Double.POSITIVE_INFINITY));
        m.add("nan", new PyFloat(Double.NaN));
        real(m, "sqrt", x -> x < 0 ? domain() : Math.sqrt(x));
        real(m, "exp", Math::exp);
        real(m, "log2", x -> x <= 0 ? domain() : log2(x));
        real(m, "log10", x -> x <= 0 ? domain() : Math.log10(x));
        real(m, "log1p", x -> x <= -1 ? domain() : Math.log1p(x));
        real(m, "sin", x -> Double.isInfinite(x) ? domain() : Math.sin(x));
        real(m, "cos", x -> Double.isInfinite(x) ? domain() : Math.cos(x));
        real(m, "tan", x -> Double.isInfinite(x) ? domain() : Math.tan(x));
        real(m, "asin", x -> x < -1 || x > 1 ? domain() : Math.asin(x));
        real(m, "acos", x -> x < -1 || x > 1 ? domain() : Math.acos(x));
        real(m, "atan", Math::atan);
        real(m, "sinh", Math::sinh);
        real(m, "cosh", Math::cosh);
        real(m, "tanh", Math::tanh);
        real(m, "fabs", Math::abs);
        real(m, "degrees", Math::toDegrees);
        real(m, "radians", Math::toRadians);
        m.function("log", (self, args, kw) -> {
            double r = log(args[0]);
            return new PyFloat(args.length > 1 ? r / log(args[1]) : r);
        });
        m.function("pow", (self, args, kw) -> {
            double x = real(args[0]);
            double y = real(args[1]);
            if (x == 0 && y < 0 || x < 0 && y != Math.rint(y) && Double.isFinite(y)) {
                return new PyFloat(domain());
            }
            return new PyFloat(checked(Math.pow(x, y), x, y));
        });
        m.function("atan2", (self, args, kw) -> new PyFloat(Math.atan2(real(args[0]), real(args[1]))));
        m.function("hypot", (self, args, kw) -> {
            double s = 0;
            for (PyObject a : args) {
                s = Math.hypot(s, real(a));
            }
            return new PyFloat(s);
        });
        m.function("copysign", (self, args, kw) -> new PyFloat(Math.copySign(real(args[0]), real(args[1]))));
        m.function("fmod", (self, args, kw) -> {
            double y = real(args[1]);
            if (y == 0 || Double.isInfinite(real(args[0]))) {
                return new PyFloat(domain());
            }
            return new PyFloat(real(args[0]) % y);
        });
        real(m, "expm1", Math::expm1);
        real(m, "ulp", Math::ulp);
        m.function("nextafter", (self, args, kw) -> new PyFloat(Math.nextAfter(real(args[0]), real(args[1]))));
        m.function("remainder", (self, args, kw) -> {
            double x = real(args[0]);
            double y = real(args[1]);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return new PyFloat(Double.NaN);
            }
            if (y == 0 || Double.isInfinite(x)) {
                return new PyFloat(domain());
            }
            return new PyFloat(Math.IEEEremainder(x, y)); // the IEEE 754 remainder, as C's remainder()
        });
        m.function("frexp", (self, args, kw) -> frexp(real(args[0])));
        m.function("ldexp", (self, args, kw) -> {
            double x = real(args[0]);
            long i = Ops.index(args[1]);
            double r = Math.scalb(x, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i)));
            return new PyFloat(checked(r, x, 0));
        });
        m.function("floor", (self, args, kw) -> rounding(args[0], "__floor__", Math::floor));
        m.function("ceil", (self, args, kw) -> rounding(args[0], "__ceil__", Math::ceil));
        m.function("trunc", (self, args, kw) -> rounding(args[0], "__trunc__", x -> x < 0 ? Math.ceil(x) : Math.floor(x)));
        m.function("isfinite", (self, args, kw) -> PyBool.of(Double.isFinite(real(args[0]))));
        m.function("isinf", (self, args, kw) -> PyBool.of(Double.isInfinite(real(args[0]))));
        m.function("isnan", (self, args, kw) -> PyBool.of(Double.isNaN(real(args[0]))));
        m.function("isclose", (self, args, kw) -> isclose(args, kw));
        m.function("modf", (self, args, kw) -> {
            double x = real(args[0]);
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return new PyTuple(new PyFloat(Double.isInfinite(x) ? Math.copySign(0.0, x) : x - whole), new PyFloat(whole));
        });
        m.function("factorial", (self, args, kw) -> {
            if (args[0] instanceof PyFloat) {
                throw PyExc.typeError("'float' object cannot be interpreted as an integer");
            }
            long n = Ops.index(args[0]);
            if (n < 0) {
                throw PyExc.valueError("factorial() not defined for negative values");
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return PyInt.of(r);
        });
        m.function("gcd", (self, args, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject a : args) {
                g = g.gcd(Ops.indexInt(a).bigValue());
            }
            return PyInt.of(g);
        });
        m.function("lcm", (self, args, kw) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject a : args) {
                BigInteger v = Ops.indexInt(a).bigValue().abs();
                l = v.signum() == 0 || l.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(v)).multiply(v);
            }
            return PyInt.of(l);
        });
        m.function("isqrt", (self, args, kw) -> {
            BigInteger n = Ops.indexInt(args[0]).bigValue();
            if (n.signum() < 0) {
                throw PyExc.valueError("isqrt() argument must be nonnegative");
            }
            return PyInt.of(n.sqrt());
        });
        m.function("comb", (self, args, kw) -> PyInt.of(comb(args[0], args[1], true)));
        m.function("perm", (self, args, kw) -> PyInt.of(comb(args[0], args.length > 1 ? args[1] : args[0], false)));
        m.function("fsum", (self, args, kw) -> {
            java.math.BigDecimal s = java.math.BigDecimal.ZERO;
            for (PyObject o : Ops.iterable(args[0])) {
                s = s.add(new java.math.BigDecimal(real(o)));
            }
            return new PyFloat(s.doubleValue());
        });
        m.function("prod", (self, args, kw) -> {
            PyObject acc = PyInt.of(1);
            for (PyObject o : Ops.iterable(args[0])) {
                acc = Ops.binary(acc, o, 5);
            }
            return acc;
        });
        m.function("dist", (self, args, kw) -> {
            double s = 0;
            java.util.Iterator<PyObject> q = Ops.iterable(args[1]).iterator();
            for (PyObject p : Ops.iterable(args[0])) {
                s = Math.hypot(s, real(p) - real(q.next()));
            }
            return new PyFloat(s);
        });
        return m;
    }

    private static void real(PyModule m, String name, DoubleUnaryOperator f) {
        m.function(name, (self, args, kw) -> {
            if (args.length != 1) {
                throw PyExc.typeError("math." + name + "() takes exactly one argument (" + args.length + " given)");
            }
            double x = real(args[0]);
            return new PyFloat(checked(f.applyAsDouble(x), x, x));
        });
    }

    /** CPython's PyFloat_AsDouble: float, int (OverflowError when too big), or __float__/__index__. */
    private static double real(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        if (o instanceof PyInt i) {
            return i.doubleValue();
        }
        if (o.type().lookup("__float__") != null) {
            return ((PyFloat) Calls.callSpecial(o, "__float__")).value();
        }
        if (o.type().lookup("__index__") != null) {
            return Ops.indexInt(o).doubleValue();
        }
        throw PyExc.typeError("must be real number, not " + o.type().name());
    }

    /** A finite argument giving an infinite result overflowed. */
    private static double checked(double r, double x, double y) {
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw PyExc.overflow("math range error");
        }
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            return domain();
        }
        return r;
    }

    /** {@code frexp(x)}: {@code (m, e)} with {@code x == m * 2**e} and {@code 0.5 <= abs(m) < 1}. */
    private static PyTuple frexp(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return new PyTuple(new PyFloat(x), PyInt.of(0));
        }
        int shift = Math.abs(x) < Double.MIN_NORMAL ? 54 : 0; // lift a subnormal into the normal range first
        double scaled = Math.scalb(x, shift);
        int e = Math.getExponent(scaled) + 1;
        return new PyTuple(new PyFloat(Math.scalb(scaled, -e)), PyInt.of(e - shift));
    }

    private static double domain() {
        throw PyExc.valueError("math domain error");
    }

    private static double log2(double x) {
        int exp = Math.getExponent(x);
        double m = x / Math.scalb(1.0, exp);
        return m == 1.0 ? exp : Math.log(x) / Math.log(2);
    }

    /** Natural log; an int too big for a float is logged through its bit length, as CPython does. */
    private static double log(PyObject o) {
        if (o instanceof PyInt i && !(i.isSmall())) {
            BigInteger b = i.bigValue();
            if (b.signum() <= 0) {
                return domain();
            }
            int shift = Math.max(0, b.bitLength() - 1000);
            return Math.log(b.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = real(o);
        return x <= 0 ? domain() : Math.log(x);
    }

    private static PyObject rounding(PyObject o, String dunder, DoubleUnaryOperator f) {
        if (o instanceof PyInt i) {
            return i.type() == org.ouroboros.vm.object.Types.INT ? i : PyInt.of(i.bigValue()); // int.__floor__: a plain int
        }
        if (!(o instanceof PyFloat) && o.type().lookup(dunder) != null) {
            return Calls.callSpecial(o, dunder);
        }
        double x = real(o);
        if (Double.isNaN(x)) {
            throw PyExc.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyExc.overflow("cannot convert float infinity to integer");
        }
        return PyInt.of(new java.math.BigDecimal(f.applyAsDouble(x)).toBigInteger());
    }

    private static PyObject isclose(PyObject[] args, String[] kw) {
        org.ouroboros.vm.builtins.Args a = org.ouroboros.vm.builtins.Args.parse("isclose", args, kw, 2, "a", "b", "*",
                "rel_tol", "abs_tol");
        double x = real(a.get(0));
        double y = real(a.get(1));
        double rel = a.has(2) ? real(a.get(2)) : 1e-9;
        double abs = a.has(3) ? real(a.get(3)) : 0.0;
        if (rel < 0 || abs < 0) {
            throw PyExc.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return PyBool.TRUE;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return PyBool.FALSE;
        }
        double diff = Math.abs(y - x);
        return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
    }

    private static BigInteger comb(PyObject nObj, PyObject kObj, boolean choose) {
        long n = Ops.index(nObj);
        long k = Ops.index(kObj);
        if (n < 0) {
            throw PyExc.valueError("n must be a non-negative integer");
        }
        if (k < 0) {
            throw PyExc.valueError("k must be a non-negative integer");
        }
        if (k > n) {
            return BigInteger.ZERO;
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < k; i++) {
            r = r.multiply(BigInteger.valueOf(n - i));
            if (choose) {
                r = r.divide(BigInteger.valueOf(i + 1));
            }
        }
        return r;
    }
}
