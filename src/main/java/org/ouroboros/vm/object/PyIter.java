package org.ouroboros.vm.object;

import java.util.ConcurrentModificationException;
import java.util.Iterator;

/** A builtin iterator ({@code list_iterator}, {@code dict_keyiterator}, …) over a Java source. */
public final class PyIter extends PyObject {
    /** Produces the next item, or null when exhausted. */
    @FunctionalInterface
    public interface Source {
        PyObject next();
    }

    private Source source;
    /** Range iteration without a lambda: the interpreter's hottest iterator. */
    private long rangeNext;
    private long rangeStep;
    private long rangeLeft = -1;

    public PyIter(PyType type, Source source) {
        super(type);
        this.source = source;
    }

    /** An iterator over {@code count} values {@code start, start+step, …} (range_iterator). */
    public static PyIter range(long start, long step, long count) {
        PyIter it = new PyIter(Types.RANGE_ITERATOR, null);
        it.rangeNext = start;
        it.rangeStep = step;
        it.rangeLeft = count;
        return it;
    }

    /** Wraps a Java iterator; {@code changedMessage} is the RuntimeError text if the container changes size. */
    public static PyIter over(PyType type, Iterator<? extends PyObject> it, String changedMessage) {
        return new PyIter(type, () -> {
            try {
                return it.hasNext() ? it.next() : null;
            } catch (ConcurrentModificationException e) {
                throw PyExc.runtimeError(changedMessage);
            }
        });
    }

    /** The next item, or null when exhausted (no StopIteration allocated on the fast path). */
    public PyObject next() {
        if (rangeLeft >= 0) {
            if (rangeLeft == 0) {
                return null;
            }
            rangeLeft--;
            long v = rangeNext;
            rangeNext += rangeStep;
            return PyInt.of(v);
        }
        if (source == null) {
            return null;
        }
        PyObject v = source.next();
        if (v == null) {
            source = null;
        }
        return v;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }
}
