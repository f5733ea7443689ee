package org.ouroboros.vm.object;

import java.math.BigInteger;

/** {@code int}: a Java long on the fast path, a BigInteger once it overflows. −5..256 are cached as in CPython. */
public class PyInt extends PyObject {
    private static final PyInt[] SMALL = new PyInt[262];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(Types.INT, i - 5);
        }
    }

    static void pinSmallInts() {
        for (PyInt i : SMALL) {
            Identity.pin(i);
        }
    }

    // The value when it fits a long. A larger one lives in the Large subclass: ints are the most
    // allocated objects, and a BigInteger field in every one would make each 40 bytes instead of 32.
    private final long value;

    public PyInt(PyType type, long value) {
        super(type);
        this.value = value;
    }

    /** A plain {@code int}: the class is known, so the constructor need not ask it about a {@code __dict__}. */
    private PyInt(long value) {
        super(Types.INT, (Void) null);
        this.value = value;
    }

    /** An int of class {@code type} (int or a subclass) with the value {@code big}. */
    public static PyInt of(PyType type, BigInteger big) {
        return big.bitLength() < 64 ? new PyInt(type, big.longValue()) : new Large(type, big);
    }

    /** An int that does not fit a long. */
    private static final class Large extends PyInt {
        private final BigInteger big;

        Large(PyType type, BigInteger big) {
            super(type, 0);
            this.big = big;
        }
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(v);
    }

    public static PyInt of(BigInteger b) {
        return b.bitLength() < 64 ? of(b.longValue()) : new Large(Types.INT, b);
    }

    /** True when the value fits a Java long (then {@link #longValue()} is exact). */
    public final boolean isSmall() {
        return !(this instanceof Large);
    }

    public final long longValue() {
        return value;
    }

    public final BigInteger bigValue() {
        return this instanceof Large l ? l.big : BigInteger.valueOf(value);
    }

    /** The value as an int index, or OverflowError in CPython's words. */
    public final int intValue() {
        if (!isSmall() || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw PyExc.raise(PyExc.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return (int) value;
    }

    public final double doubleValue() {
        if (isSmall()) {
            return value;
        }
        double d = bigValue().doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExc.overflow("int too large to convert to float");
        }
        return d;
    }

    public final int signum() {
        return isSmall() ? Long.signum(value) : bigValue().signum();
    }

    public String digits() {
        return isSmall() ? Long.toString(value) : bigValue().toString();
    }
}
