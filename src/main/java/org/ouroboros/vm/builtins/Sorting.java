package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyObject;

/** {@code sorted()}/{@code list.sort()}: a stable merge sort using {@code <} only, as CPython. */
final class Sorting {
    private Sorting() {}

    /** {@code reverse=} is read as a C int: any integer-like object, nothing else. */
    static boolean reverseFlag(PyObject reverse) {
        return reverse != null && Ops.index(reverse) != 0;
    }

    static List<PyObject> sorted(List<PyObject> items, PyObject key, boolean reverse) {
        int n = items.size();
        PyObject[] keys = new PyObject[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key == NONE ? items.get(i) : key.call(items.get(i));
            order[i] = i;
        }
        // Reverse stability: CPython reverses, sorts stably, reverses back.
        java.util.Arrays.sort(order, (a, b) -> {
            boolean lt = Ops.truthy(Ops.compare(keys[a], keys[b], 0));
            if (lt) {
                return reverse ? 1 : -1;
            }
            boolean gt = Ops.truthy(Ops.compare(keys[b], keys[a], 0));
            if (gt) {
                return reverse ? -1 : 1;
            }
            return 0;
        });
        List<PyObject> out = new ArrayList<>(n);
        for (int i : order) {
            out.add(items.get(i));
        }
        return out;
    }
}
