package org.ouroboros.vm.builtins;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySlice;

/** Shared sequence behaviour: repr with recursion guard, lexicographic comparison, indices. */
final class Sequences {
    private Sequences() {}

    private static final ThreadLocal<Map<PyObject, Boolean>> REPRING = ThreadLocal.withInitial(IdentityHashMap::new);

    /** {@code [a, b]} / {@code (a,)}: a container already being printed shows as {@code [...]}. */
    static String repr(PyObject self, List<PyObject> items, String open, String close, boolean tuple) {
        Map<PyObject, Boolean> active = REPRING.get();
        if (active.containsKey(self)) {
            return open + "..." + close;
        }
        active.put(self, true);
        try {
            StringBuilder sb = new StringBuilder(open);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(Ops.repr(items.get(i)).value());
            }
            if (tuple && items.size() == 1) {
                sb.append(',');
            }
            return sb.append(close).toString();
        } finally {
            active.remove(self);
        }
    }

    static boolean guardEnter(PyObject self) {
        Map<PyObject, Boolean> active = REPRING.get();
        if (active.containsKey(self)) {
            return false;
        }
        active.put(self, true);
        return true;
    }

    static void guardExit(PyObject self) {
        REPRING.get().remove(self);
    }

    /** Rich comparison of two sequences, element by element. */
    static PyObject compare(List<PyObject> a, List<PyObject> b, int op) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            PyObject x = a.get(i);
            PyObject y = b.get(i);
            if (x == y || Ops.eqBool(x, y)) {
                continue;
            }
            if (op == 2) {
                return PyBool.FALSE;
            }
            if (op == 3) {
                return PyBool.TRUE;
            }
            return Ops.compare(x, y, op);
        }
        return PyBool.of(Ops.cmpResult(Integer.compare(a.size(), b.size()), op));
    }

    /** A subscript that must be an index: CPython's "list indices must be integers or slices, not str". */
    static long subscript(PyObject key, String what) {
        if (!(key instanceof org.ouroboros.vm.object.PyInt) && key.type().lookup("__index__") == null) {
            throw org.ouroboros.vm.object.PyExc.typeError(what + " indices must be integers or slices, not "
                    + key.type().name());
        }
        return org.ouroboros.vm.object.Ops.index(key);
    }

    /** A start/stop argument of index(): an index clamped to 0..size, negative ones counted from the end. */
    static int bound(PyObject o, int size) {
        if (!(o instanceof org.ouroboros.vm.object.PyInt) && o.type().lookup("__index__") == null) {
            throw PyExc.typeError("slice indices must be integers or have an __index__ method");
        }
        long i = org.ouroboros.vm.object.Ops.index(o);
        if (i < 0) {
            i += size;
        }
        return (int) Math.max(0, Math.min(size, i));
    }

    static int index(long i, int size, String what) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyExc.indexError(what + " index out of range");
        }
        return (int) i;
    }

    static List<PyObject> slice(List<PyObject> items, PySlice s) {
        long[] idx = s.indices(items.size());
        List<PyObject> out = new ArrayList<>((int) idx[3]);
        for (long i = 0, p = idx[0]; i < idx[3]; i++, p += idx[2]) {
            out.add(items.get((int) p));
        }
        return out;
    }
}
