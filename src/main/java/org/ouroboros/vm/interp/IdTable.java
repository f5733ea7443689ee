package org.ouroboros.vm.interp;

/**
 * A map from object ids to what the trace was told about them, without boxing: open addressing
 * with linear probing over a power-of-two table. Ids are never 0 (0 marks an empty slot) and are
 * never removed. Ids are 16 apart, so they are mixed before indexing.
 */
final class IdTable {
    private long[] keys = new long[1024];
    private Object[] values = new Object[1024];
    private int size;

    Object get(long id) {
        int mask = keys.length - 1;
        for (int i = slot(id, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == id) {
                return values[i];
            }
            if (k == 0) {
                return null;
            }
        }
    }

    /** Stores {@code value} for {@code id}; returns the previous value or null. */
    Object put(long id, Object value) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = slot(id, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == id) {
                Object old = values[i];
                values[i] = value;
                return old;
            }
            if (k == 0) {
                keys[i] = id;
                values[i] = value;
                size++;
                return null;
            }
        }
    }

    boolean contains(long id) {
        return get(id) != null;
    }

    private static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
