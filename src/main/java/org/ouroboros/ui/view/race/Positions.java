package org.ouroboros.ui.view.race;

import java.util.Arrays;

/** A growing sorted list of trace positions with "how many up to p" and "the last one up to p". */
final class Positions {
    private int[] values = new int[16];
    private int size;

    void add(int position) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = position;
    }

    void removeLast() {
        size--;
    }

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    /** How many positions are {@code <= position}. */
    int countUpTo(int position) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last position {@code <= position}, or -1. */
    int lastIndexUpTo(int position) {
        return countUpTo(position) - 1;
    }

    /** The last position {@code <= position}, or -1. */
    int lastUpTo(int position) {
        int i = lastIndexUpTo(position);
        return i < 0 ? -1 : values[i];
    }
}
