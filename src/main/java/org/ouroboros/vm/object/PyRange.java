package org.ouroboros.vm.object;

/** {@code range(start, stop, step)} over Java longs. */
public final class PyRange extends PyObject {
    private final long start;
    private final long stop;
    private final long step;

    public PyRange(long start, long stop, long step) {
        super(Types.RANGE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long start() {
        return start;
    }

    public long stop() {
        return stop;
    }

    public long step() {
        return step;
    }

    public long length() {
        if (step > 0 && start < stop) {
            return (stop - start - 1) / step + 1;
        }
        if (step < 0 && start > stop) {
            return (start - stop - 1) / (-step) + 1;
        }
        return 0;
    }

    public long at(long i) {
        return start + i * step;
    }

    // ---- ranges beyond Java longs (range(10**20)): BigInteger bounds, used only when needed ----

    private java.math.BigInteger bigStart;
    private java.math.BigInteger bigStop;
    private java.math.BigInteger bigStep;

    /** A range whose bounds or length do not fit in a long. */
    public static PyRange big(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
        PyRange r = new PyRange(0, 0, 1);
        r.bigStart = start;
        r.bigStop = stop;
        r.bigStep = step;
        return r;
    }

    /** A range for these bounds: the long form when everything (the length too) fits. */
    public static PyRange of(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
        PyRange probe = big(start, stop, step);
        java.math.BigInteger n = probe.bigLength();
        if (start.bitLength() < 63 && stop.bitLength() < 63 && step.bitLength() < 63 && n.bitLength() < 63) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return probe;
    }

    public boolean isBig() {
        return bigStart != null;
    }

    public java.math.BigInteger bigStart() {
        return bigStart != null ? bigStart : java.math.BigInteger.valueOf(start);
    }

    public java.math.BigInteger bigStop() {
        return bigStop != null ? bigStop : java.math.BigInteger.valueOf(stop);
    }

    public java.math.BigInteger bigStep() {
        return bigStep != null ? bigStep : java.math.BigInteger.valueOf(step);
    }

    public java.math.BigInteger bigLength() {
        if (bigStart == null) {
            return java.math.BigInteger.valueOf(length());
        }
        java.math.BigInteger lo = bigStart;
        java.math.BigInteger hi = bigStop;
        java.math.BigInteger st = bigStep;
        if (st.signum() < 0) {
            lo = bigStop;
            hi = bigStart;
            st = st.negate();
        }
        if (lo.compareTo(hi) >= 0) {
            return java.math.BigInteger.ZERO;
        }
        return hi.subtract(lo).subtract(java.math.BigInteger.ONE).divide(st).add(java.math.BigInteger.ONE);
    }

    public java.math.BigInteger bigAt(java.math.BigInteger i) {
        return bigStart().add(i.multiply(bigStep()));
    }
}
