package org.ouroboros.vm.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyObject;

/**
 * The order CPython iterates a set in: slot order of its open-addressing hash table (linear
 * probing then perturbation, as Objects/setobject.c). Rebuilt from the members by inserting them
 * in insertion order into a table sized as CPython's would be; exact for sets built by adding
 * (deletions can leave CPython's table in a state this does not reproduce).
 */
final class SetOrder {
    private SetOrder() {}

    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;

    static List<PyObject> ordered(Set<PyObject> items) {
        int n = items.size();
        if (n <= 1) {
            return new ArrayList<>(items);
        }
        int size = 8;
        int fill = 0;
        // Simulate growth: CPython resizes when fill*5 >= mask*3, to used*4 (used>50000: *2).
        PyObject[] table = new PyObject[size];
        long[] hashes = new long[size];
        for (PyObject o : items) {
            long h = Ops.hash(o);
            insert(table, hashes, o, h);
            fill++;
            if (fill * 5 >= (table.length - 1) * 3) {
                int newSize = 8;
                int minused = fill > 50000 ? fill * 2 : fill * 4;
                while (newSize <= minused) {
                    newSize <<= 1;
                }
                PyObject[] nt = new PyObject[newSize];
                long[] nh = new long[newSize];
                for (int i = 0; i < table.length; i++) {
                    if (table[i] != null) {
                        insert(nt, nh, table[i], hashes[i]);
                    }
                }
                table = nt;
                hashes = nh;
            }
        }
        List<PyObject> out = new ArrayList<>(n);
        for (PyObject o : table) {
            if (o != null) {
                out.add(o);
            }
        }
        return out;
    }

    private static void insert(PyObject[] table, long[] hashes, PyObject o, long hash) {
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] == null) {
                table[i] = o;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = o;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
