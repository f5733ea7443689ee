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

    private final long value;
    private final BigInteger big;

    public PyInt(PyType type, long value) {
        super(type);
        this.value = value;
        this.big = null;
    }

    public PyInt(PyType type, BigInteger big) {
        super(type);
        if (big.bitLength() < 64) {
            this.value = big.longValue();
            this.big = null;
        } else {
            this.value = 0;
            this.big = big;
        }
    }

    public static PyInt of(long v) {
        if (v >= -5 && v <= 256) {
            return SMALL[(int) v + 5];
        }
        return new PyInt(Types.INT, v);
    }

    public static PyInt of(BigInteger b) {
        return b.bitLength() < 64 ? of(b.longValue()) : new PyInt(Types.INT, b);
    }

    /** True when the value fits a Java long (then {@link #longValue()} is exact). */
    public final boolean isSmall() {
        return big == null;
    }

    public final long longValue() {
        return value;
    }

    public final BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** The value as an int index, or OverflowError in CPython's words. */
    public final int intValue() {
        if (big != null || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw PyExc.raise(PyExc.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return (int) value;
    }

    public final double doubleValue() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyExc.overflow("int too large to convert to float");
        }
        return d;
    }

    public final int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    public String digits() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
