package org.ouroboros.vm.object;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The members of a set in CPython 3.11's own table (Objects/setobject.c), so that iterating,
 * printing and {@code pop()} give CPython's order, after deletions too: open addressing from
 * {@code hash & mask}, 9 linear probes then perturbed jumps, deleted slots left as dummies that a
 * later add may reuse, growth when fill*5 >= mask*3 to the next power of two above used*4
 * (used*2 past 50,000), {@code pop()} resuming from a finger. {@link #addAll} of another
 * SetTable follows {@code set_merge} (one resize up front, slot copy or clean reinsertion), as
 * {@code set(s)}, {@code s.copy()} and {@code s | t} do in CPython.
 */
public final class SetTable extends AbstractSet<PyObject> {
    private static final int MINSIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The key of a deleted slot (CPython's {@code dummy}, hash -1). */
    private static final PyObject DUMMY = new PyObject(null);

    private PyObject[] keys = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int fill;
    private int used;
    private int finger;

    private int mask() {
        return keys.length - 1;
    }

    @Override
    public int size() {
        return used;
    }

    private static long hashOf(PyObject key) {
        return Ops.hash(key);
    }

    private static boolean same(PyObject stored, PyObject key) {
        return stored == key || stored.equals(key);
    }

    /** The slot holding {@code key}, or -1. */
    private int find(PyObject key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                PyObject k = keys[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && same(k, key)) {
                    return j;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof PyObject key && find(key, hashOf(key)) >= 0;
    }

    @Override
    public boolean add(PyObject key) {
        return add(key, hashOf(key));
    }

    /** set_add_entry: the first dummy on the probe path is reused when the key is absent. */
    private boolean add(PyObject key, long hash) {
        int mask = mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeslot = -1;
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                PyObject k = keys[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    if (freeslot < 0) {
                        freeslot = j;
                    }
                } else if (hashes[j] == hash && same(k, key)) {
                    return false;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_insert_clean: into a table known to have no dummies and not to contain the key. */
    private static void insertClean(PyObject[] keys, long[] hashes, PyObject key, long hash) {
        int mask = keys.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            for (int j = i; j <= i + probes; j++) {
                if (keys[j] == null) {
                    keys[j] = key;
                    hashes[j] = hash;
                    return;
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_table_resize: the smallest power of two above {@code minused}, live keys reinserted in slot order. */
    private void resize(int minused) {
        int size = MINSIZE;
        while (size <= minused) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[size];
        hashes = new long[size];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null && oldKeys[j] != DUMMY) {
                insertClean(keys, hashes, oldKeys[j], oldHashes[j]);
            }
        }
        fill = used;
    }

    @Override
    public boolean remove(Object o) {
        if (!(o instanceof PyObject key)) {
            return false;
        }
        int j = find(key, hashOf(key));
        if (j < 0) {
            return false;
        }
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return true;
    }

    /** {@code set.pop()}: the first live slot from the finger on; null when empty. */
    public PyObject pop() {
        if (used == 0) {
            return null;
        }
        int mask = mask();
        int j = finger & mask;
        while (keys[j] == null || keys[j] == DUMMY) {
            j = (j + 1) & mask;
        }
        PyObject key = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        finger = j + 1;
        return key;
    }

    @Override
    public void clear() {
        keys = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        fill = 0;
        used = 0;
        finger = 0;
    }

    @Override
    public boolean addAll(Collection<? extends PyObject> c) {
        if (c instanceof SetTable other) {
            return merge(other);
        }
        boolean changed = false;
        for (PyObject o : c) {
            changed |= add(o);
        }
        return changed;
    }

    /** set_merge. */
    private boolean merge(SetTable other) {
        if (other == this || other.used == 0) {
            return false;
        }
        int before = used;
        if ((long) (fill + other.used) * 5 >= (long) mask() * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask() == other.mask() && other.fill == other.used) {
            for (int j = 0; j < other.keys.length; j++) {
                keys[j] = other.keys[j];
                hashes[j] = other.hashes[j];
            }
            fill = other.fill;
            used = other.used;
            return true;
        }
        if (fill == 0) {
            for (int j = 0; j < other.keys.length; j++) {
                PyObject k = other.keys[j];
                if (k != null && k != DUMMY) {
                    insertClean(keys, hashes, k, other.hashes[j]);
                }
            }
            fill = other.used;
            used = other.used;
            return true;
        }
        for (int j = 0; j < other.keys.length; j++) {
            PyObject k = other.keys[j];
            if (k != null && k != DUMMY) {
                add(k, other.hashes[j]);
            }
        }
        return used != before;
    }

    /** Slot order; a change of size while iterating is CPython's "Set changed size during iteration". */
    @Override
    public Iterator<PyObject> iterator() {
        return new Iterator<>() {
            private final int expectedUsed = used;
            private int removed;
            private int pos;
            private int last = -1;

            @Override
            public boolean hasNext() {
                check();
                while (pos < keys.length && (keys[pos] == null || keys[pos] == DUMMY)) {
                    pos++;
                }
                return pos < keys.length;
            }

            @Override
            public PyObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = pos;
                return keys[pos++];
            }

            @Override
            public void remove() {
                if (last < 0 || keys[last] == null || keys[last] == DUMMY) {
                    throw new IllegalStateException();
                }
                keys[last] = DUMMY;
                hashes[last] = -1;
                used--;
                removed++;
                last = -1;
            }

            private void check() {
                if (used != expectedUsed - removed) {
                    throw new ConcurrentModificationException();
                }
            }
        };
    }
}
