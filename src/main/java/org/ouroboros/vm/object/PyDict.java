package org.ouroboros.vm.object;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * {@code dict}: CPython 3.11's compact table (Objects/dictobject.c). A hash index
 * ({@code hash & mask}, perturbed probing) points into dense entry arrays kept in insertion
 * order; a deleted entry leaves a hole until the next resize compacts them. Iterators walk the
 * entry positions as CPython's do, so mutation during iteration fails (or not) exactly where
 * CPython's does. Keys compare with Python's {@code __hash__}/{@code __eq__} through
 * {@link PyObject#hashCode}/{@link PyObject#equals}; an exact {@code str} key's hash is its
 * Java string's cached hash.
 *
 * <p>An instance {@code __dict__} of a heap class starts <em>split</em>, as in CPython: its keys are
 * the class's {@link SharedKeys} (in the order the class's instances first set them), its values
 * are {@code values[i]} for shared key {@code i}. It stays split while its keys are exactly a
 * prefix of the shared keys (the usual {@code __init__} pattern), which lets attribute caches read
 * a value by position; anything else (a deletion, another order, a non-str key) turns it into a
 * combined table with the same entries at the same positions.
 */
public class PyDict extends PyObject {
    private static final int MINSIZE = 8;
    private static final int PERTURB_SHIFT = 5;
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    /** Hash slot to entry position (or EMPTY/DUMMY); null until the first insertion. Unused while split. */
    private int[] indices;
    private PyObject[] keys;
    private int[] hashes;
    private PyObject[] values;
    /** Entry positions used so far, holes included (CPython's dk_nentries). */
    private int nentries;
    /** Live entries (ma_used). */
    private int used;
    /** Entries that may still be appended before a resize (dk_usable). */
    private int usable;
    /** Non-null while split: the keys are {@code shared.key(0 .. used-1)}. */
    private SharedKeys shared;

    public PyDict(PyType type) {
        super(type);
    }

    public PyDict() {
        this(Types.DICT);
    }

    /** A split instance dict over a class's shared keys (see the class comment). */
    static PyDict split(SharedKeys shared) {
        PyDict d = new PyDict();
        d.shared = shared;
        d.values = new PyObject[Math.max(1, shared.size())];
        return d;
    }

    public int size() {
        return used;
    }

    public boolean isEmpty() {
        return used == 0;
    }

    // ---- split mode, read by attribute caches ----

    /** The shared keys while split, else null. */
    public SharedKeys sharedKeys() {
        return shared;
    }

    /** While split: the value of shared key {@code i}, or null when this dict has no such key yet. */
    public PyObject splitValue(int i) {
        return i < used ? values[i] : null;
    }

    /**
     * While split: sets the value of shared key {@code i} if this dict has it or it is the next one;
     * false when the caller must take the general path ({@link #put}).
     */
    public boolean putSplit(int i, PyObject value) {
        if (i < used) {
            values[i] = value;
            return true;
        }
        if (i == used) {
            appendSplit(value);
            return true;
        }
        return false;
    }

    private void appendSplit(PyObject value) {
        if (used == values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(4, used * 2));
        }
        values[used++] = value;
        nentries = used;
    }

    /** Exact str keys of a split dict: the shared position, or -1 when this dict cannot hold it split. */
    private int splitIndex(PyObject key) {
        return key instanceof PyStr s && s.type == Types.STR ? shared.indexOf(s) : -1;
    }

    /** Turns a split dict into a combined table with the same entries at the same positions. */
    private void combine() {
        SharedKeys sk = shared;
        PyObject[] vs = values;
        int n = used;
        shared = null;
        indices = null;
        values = null;
        nentries = 0;
        used = 0;
        allocate(sizeFor(Math.max(n * 3 / 2 + 1, 1)));
        for (int i = 0; i < n; i++) {
            PyStr k = sk.key(i);
            insertNew(k, k.hashCode(), vs[i]);
        }
    }

    // ---- the combined table ----

    private static int sizeFor(int minUsable) {
        int size = MINSIZE;
        while (size * 2 / 3 < minUsable) {
            size <<= 1;
        }
        return size;
    }

    private void allocate(int size) {
        int[] ix = new int[size];
        java.util.Arrays.fill(ix, EMPTY);
        int cap = size * 2 / 3;
        indices = ix;
        keys = new PyObject[cap];
        hashes = new int[cap];
        values = new PyObject[cap];
        usable = cap - nentries;
    }

    /** The slot in {@link #indices} whose entry holds {@code key}, or -1. Restarts if an {@code __eq__} changed the table. */
    private int findSlot(PyObject key, int hash) {
        while (true) {
            int[] ix = indices;
            if (ix == null) {
                return -1;
            }
            PyObject[] ks = keys;
            int mask = ix.length - 1;
            int perturb = hash;
            int i = hash & mask;
            boolean changed = false;
            while (true) {
                int e = ix[i];
                if (e == EMPTY) {
                    return -1;
                }
                if (e >= 0) {
                    PyObject k = ks[e];
                    if (k == key) {
                        return i;
                    }
                    if (hashes[e] == hash) {
                        boolean eq = k.equals(key);
                        if (ix != indices || ks != keys || ks[e] != k) {
                            changed = true;
                            break;
                        }
                        if (eq) {
                            return i;
                        }
                    }
                }
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + perturb + 1) & mask;
            }
            if (!changed) {
                return -1;
            }
        }
    }

    private int findEntry(PyObject key, int hash) {
        int slot = findSlot(key, hash);
        return slot < 0 ? -1 : indices[slot];
    }

    /** Appends an entry for a key known to be absent; there must be room ({@code usable > 0}). */
    private void insertNew(PyObject key, int hash, PyObject value) {
        int[] ix = indices;
        int mask = ix.length - 1;
        int perturb = hash;
        int i = hash & mask;
        while (ix[i] >= 0) {
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
        int e = nentries++;
        ix[i] = e;
        keys[e] = key;
        hashes[e] = hash;
        values[e] = value;
        used++;
        usable--;
    }

    /** CPython's insertion_resize: room for used*3, holes dropped. */
    private void grow() {
        resize(Math.max(MINSIZE, Integer.highestOneBit(Math.max(1, used * 3 - 1)) << 1));
    }

    private void resize(int size) {
        PyObject[] ks = keys;
        int[] hs = hashes;
        PyObject[] vs = values;
        int n = nentries;
        nentries = 0;
        used = 0;
        allocate(size);
        for (int e = 0; e < n; e++) {
            if (ks[e] != null) {
                insertNew(ks[e], hs[e], vs[e]);
            }
        }
    }

    // ---- the mapping ----

    public PyObject get(PyObject key) {
        if (shared != null) {
            if (key instanceof PyStr s && s.type == Types.STR) {
                int i = shared.indexOf(s);
                return i >= 0 ? splitValue(i) : null;
            }
            combine();
        }
        int e = findEntry(key, key.hashCode());
        return e < 0 ? null : values[e];
    }

    /** A str key given as Java text, looked up without making a str. */
    public PyObject get(String key) {
        if (shared != null) {
            int i = shared.indexOf(key);
            return i >= 0 ? splitValue(i) : null;
        }
        int[] ix = indices;
        if (ix == null) {
            return null;
        }
        int hash = key.hashCode();
        int mask = ix.length - 1;
        int perturb = hash;
        int i = hash & mask;
        while (true) {
            int e = ix[i];
            if (e == EMPTY) {
                return null;
            }
            if (e >= 0 && hashes[e] == hash && keys[e] instanceof PyStr s) {
                if (s.type == Types.STR ? s.value().equals(key) : s.equals(new PyStr(key))) {
                    return values[e];
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    public boolean containsKey(PyObject key) {
        return get(key) != null;
    }

    public void put(PyObject key, PyObject value) {
        if (shared != null) {
            int i = splitIndex(key);
            if (i < 0 && key instanceof PyStr s && s.type == Types.STR && used == shared.size()) {
                i = shared.add(s);
            }
            if (i >= 0 && putSplit(i, value)) {
                return;
            }
            combine();
        }
        int hash = key.hashCode();
        if (indices == null) {
            allocate(MINSIZE);
        }
        int e = findEntry(key, hash);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (usable <= 0) {
            grow();
        }
        insertNew(key, hash, value);
    }

    public void put(String key, PyObject value) {
        put(new PyStr(key), value);
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public PyObject remove(PyObject key) {
        if (shared != null) {
            combine();
        }
        int hash = key.hashCode();
        int slot = findSlot(key, hash);
        if (slot < 0) {
            return null;
        }
        int e = indices[slot];
        PyObject v = values[e];
        indices[slot] = DUMMY;
        keys[e] = null;
        values[e] = null;
        used--;
        return v;
    }

    public void clear() {
        shared = null;
        indices = null;
        keys = null;
        hashes = null;
        values = null;
        nentries = 0;
        used = 0;
        usable = 0;
    }

    /** Every entry of {@code other} put here, in its order (a snapshot: other may be this). */
    public void putAll(PyDict other) {
        int n = other.entryLimit();
        PyObject[] ks = new PyObject[n];
        PyObject[] vs = new PyObject[n];
        for (int e = 0; e < n; e++) {
            ks[e] = other.keyAt(e);
            vs[e] = other.valueAt(e);
        }
        for (int e = 0; e < n; e++) {
            if (ks[e] != null) {
                put(ks[e], vs[e]);
            }
        }
    }

    /** {@code popitem()}: the last entry removed and returned as {key, value}, or null when empty. */
    public PyObject[] popLast() {
        if (used == 0) {
            return null;
        }
        if (shared != null) {
            combine();
        }
        int e = nentries - 1;
        while (keys[e] == null) {
            e--;
        }
        PyObject k = keys[e];
        PyObject v = values[e];
        remove(k);
        // The entry position is free again (CPython sets dk_nentries = i; usable is not given back).
        nentries = e;
        return new PyObject[] {k, v};
    }

    // ---- positions, for iterators ----

    /** Entry positions in use, holes included: iterate {@code 0 .. entryLimit()-1}, skipping null keys. */
    public int entryLimit() {
        return shared != null ? used : nentries;
    }

    /** The key at entry position {@code e}, or null for a hole (or past the end). */
    public PyObject keyAt(int e) {
        if (shared != null) {
            return e < used ? shared.key(e) : null;
        }
        return e < nentries ? keys[e] : null;
    }

    public PyObject valueAt(int e) {
        if (shared != null) {
            return e < used ? values[e] : null;
        }
        return e < nentries ? values[e] : null;
    }

    /** The keys in order (a copy). */
    public List<PyObject> keyList() {
        List<PyObject> out = new ArrayList<>(used);
        int n = entryLimit();
        for (int e = 0; e < n; e++) {
            PyObject k = keyAt(e);
            if (k != null) {
                out.add(k);
            }
        }
        return out;
    }

    /**
     * CPython's dict_equal: same size, and every key of this dict is in {@code other} with an equal
     * value (values compared with {@code ==}; keys and values are held while comparing).
     */
    public boolean contentEquals(PyDict other) {
        if (used != other.used) {
            return false;
        }
        for (int e = 0; e < entryLimit(); e++) {
            PyObject k = keyAt(e);
            if (k == null) {
                continue;
            }
            PyObject a = valueAt(e);
            PyObject b = other.get(k);
            if (b == null || !(a == b || a.equals(b))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A live {@link Map} view for Java code that wants one. Its iterators walk the entry positions
     * and throw {@link ConcurrentModificationException} if the dict's size changes under them.
     */
    public Map<PyObject, PyObject> map() {
        return new MapView();
    }

    private final class MapView extends AbstractMap<PyObject, PyObject> {
        @Override
        public int size() {
            return used;
        }

        @Override
        public PyObject get(Object key) {
            return key instanceof PyObject k ? PyDict.this.get(k) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public PyObject put(PyObject key, PyObject value) {
            PyObject old = PyDict.this.get(key);
            PyDict.this.put(key, value);
            return old;
        }

        @Override
        public PyObject remove(Object key) {
            return key instanceof PyObject k ? PyDict.this.remove(k) : null;
        }

        @Override
        public void clear() {
            PyDict.this.clear();
        }

        @Override
        public Set<Entry<PyObject, PyObject>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return used;
                }

                @Override
                public Iterator<Entry<PyObject, PyObject>> iterator() {
                    return new Iterator<>() {
                        private final int expected = used;
                        private int pos;

                        @Override
                        public boolean hasNext() {
                            check();
                            while (pos < entryLimit() && keyAt(pos) == null) {
                                pos++;
                            }
                            return pos < entryLimit();
                        }

                        @Override
                        public Entry<PyObject, PyObject> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int e = pos++;
                            return new SimpleImmutableEntry<>(keyAt(e), valueAt(e));
                        }

                        private void check() {
                            if (used != expected) {
                                throw new ConcurrentModificationException();
                            }
                        }
                    };
                }
            };
        }
    }
}
