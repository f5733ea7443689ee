package org.ouroboros.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * PyDict's own table behaves as an insertion-ordered map: any sequence of puts, removes,
 * popitems and clears leaves the same keys, values and order as a LinkedHashMap given the same
 * operations (a re-inserted key goes to the end; replacing a value keeps the place). Keys mix ints
 * and strs, some with colliding Java hashes; the split form (an instance dict over a class's
 * shared keys) is checked the same way.
 */
class PyDictTablePropertyTest {
    @BeforeContainer
    static void types() {
        Types.init();
    }

    /** One operation: 0 put, 1 remove, 2 popitem, 3 clear (rare); key index; value. */
    record Op(int kind, int key, int value) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.integers().between(0, 40).map(k -> new Op(0, k, k * 7))),
                net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 40).map(k -> new Op(1, k, 0))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Op(2, 0, 0))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Op(3, 0, 0))));
        return op.list().ofMaxSize(300);
    }

    /** Keys 0..40: even ones strs (two of them "Aa"/"BB", equal Java hashes), odd ones ints. */
    private static PyObject key(int k) {
        if (k == 2) {
            return new PyStr("Aa");
        }
        if (k == 4) {
            return new PyStr("BB");
        }
        return k % 2 == 0 ? new PyStr("k" + k) : PyInt.of(k * 1_000_003L);
    }

    @Property(tries = 300)
    void combinedTableKeepsInsertionOrder(@ForAll("ops") List<Op> ops) {
        check(new PyDict(), ops);
    }

    @Property(tries = 300)
    void splitInstanceDictKeepsInsertionOrder(@ForAll("ops") List<Op> ops) {
        SharedKeys shared = new SharedKeys();
        // Another instance has set a few names first, in its own order.
        PyDict other = PyDict.split(shared);
        for (int k : new int[] {6, 0, 8, 2}) {
            other.put(key(k), PyInt.of(k));
        }
        check(PyDict.split(shared), ops);
        assertEquals(List.of("k6", "k0", "k8", "Aa"), other.keyList().stream().map(o -> ((PyStr) o).value()).toList());
    }

    private static void check(PyDict d, List<Op> ops) {
        Map<PyObject, PyObject> ref = new LinkedHashMap<>();
        for (Op op : ops) {
            PyObject k = key(op.key());
            switch (op.kind()) {
                case 0 -> {
                    PyObject v = PyInt.of(op.value());
                    d.put(k, v);
                    ref.put(k, v);
                }
                case 1 -> assertEquals(ref.remove(k), d.remove(k));
                case 2 -> {
                    PyObject[] last = d.popLast();
                    if (ref.isEmpty()) {
                        assertNull(last);
                    } else {
                        PyObject refLast = new ArrayList<>(ref.keySet()).get(ref.size() - 1);
                        assertEquals(refLast, last[0]);
                        assertEquals(ref.remove(refLast), last[1]);
                    }
                }
                default -> {
                    d.clear();
                    ref.clear();
                }
            }
            assertEquals(ref.size(), d.size());
        }
        assertEquals(new ArrayList<>(ref.keySet()), d.keyList());
        for (var e : ref.entrySet()) {
            assertSame(e.getValue(), d.get(e.getKey()));
            assertSame(e.getValue(), d.get(key(indexOf(e.getKey()))));
        }
        assertEquals(ref, d.map());
        for (int k = 0; k <= 40; k++) {
            assertEquals(ref.containsKey(key(k)), d.containsKey(key(k)));
            if (key(k) instanceof PyStr s) {
                assertEquals(ref.get(s), d.get(s.value()));
            }
        }
    }

    private static int indexOf(PyObject key) {
        for (int k = 0; k <= 40; k++) {
            if (key(k).equals(key)) {
                return k;
            }
        }
        throw new AssertionError(key);
    }
}
