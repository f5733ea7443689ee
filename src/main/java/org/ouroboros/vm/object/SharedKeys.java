package org.ouroboros.vm.object;

/**
 * The attribute names a heap class's instances share (CPython's {@code ht_cached_keys}): exact
 * str keys in the order instances first set them, append-only, at most {@link #MAX} of them. A
 * name's position never changes, so an attribute cache can remember it. Instance dicts over these
 * keys are {@link PyDict#split split}.
 */
public final class SharedKeys {
    /** CPython's SHARED_KEYS_MAX_SIZE. */
    static final int MAX = 30;
    /** Hash slot to position + 1 (0 = empty), linear probing; twice MAX rounded up keeps it sparse. */
    private final int[] table = new int[64];
    private PyStr[] keys = new PyStr[4];
    private int size;

    public int size() {
        return size;
    }

    public PyStr key(int i) {
        return keys[i];
    }

    /** The position of an exact str, or -1. */
    public int indexOf(PyStr s) {
        int mask = table.length - 1;
        for (int i = s.hashCode() & mask; ; i = (i + 1) & mask) {
            int p = table[i] - 1;
            if (p < 0) {
                return -1;
            }
            PyStr k = keys[p];
            if (k == s || k.value().equals(s.value())) {
                return p;
            }
        }
    }

    /** The position of a name given as Java text, or -1. */
    public int indexOf(String name) {
        int mask = table.length - 1;
        for (int i = name.hashCode() & mask; ; i = (i + 1) & mask) {
            int p = table[i] - 1;
            if (p < 0) {
                return -1;
            }
            if (keys[p].value().equals(name)) {
                return p;
            }
        }
    }

    /** Appends an exact str not yet present; its position, or -1 when the keys are full. */
    int add(PyStr s) {
        if (size == MAX) {
            return -1;
        }
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, Math.min(MAX, size * 2));
        }
        int mask = table.length - 1;
        int i = s.hashCode() & mask;
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        keys[size] = s;
        table[i] = ++size;
        return size - 1;
    }
}
