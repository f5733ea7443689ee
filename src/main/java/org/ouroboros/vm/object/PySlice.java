package org.ouroboros.vm.object;

/** {@code slice(start, stop, step)}; {@link #indices} resolves it against a length as CPython does. */
public final class PySlice extends PyObject {
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        super(Types.SLICE);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** {start, stop, step, length} for a sequence of {@code len} items (PySlice_AdjustIndices). */
    public long[] indices(long len) {
        long st = step == PyConstants.NONE ? 1 : Ops.index(step);
        if (st == 0) {
            throw PyExc.valueError("slice step cannot be zero");
        }
        long lo;
        long hi;
        if (st > 0) {
            lo = bound(start, 0, len, 0, len);
            hi = bound(stop, len, len, 0, len);
        } else {
            lo = bound(start, len - 1, len, -1, len - 1);
            hi = bound(stop, -1, len, -1, len - 1);
        }
        long n;
        if (st > 0) {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        } else {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        }
        return new long[] {lo, hi, st, n};
    }

    private static long bound(PyObject v, long dflt, long len, long lower, long upper) {
        if (v == PyConstants.NONE) {
            return dflt;
        }
        long i = Ops.index(v);
        if (i < 0) {
            i += len;
            if (i < lower) {
                i = lower;
            }
        } else if (i > upper) {
            i = upper;
        }
        return i;
    }
}
