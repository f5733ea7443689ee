package org.ouroboros.trace;

import java.util.List;

/**
 * A finished, immutable, ordered list of events. Event {@code k} is at index {@code k}; a view
 * renders "the state after event k" by folding events {@code 0..k}.
 */
public record Trace(List<TraceEvent> events) {
    public Trace {
        events = events instanceof Adopted ? events : List.copyOf(events);
    }

    /**
     * An unmodifiable view of the recorder's chunks, which the recorder hands over and never
     * touches again: the trace keeps them instead of copying a million entries into one array.
     * One big array would be a "humongous" object to the default (G1) collector, which starts a
     * marking cycle for it that slows the next run down. Position {@code i} holds 1 + the number of
     * its event among the numbered ones, or 0 when the event itself is kept at {@code i}.
     */
    static final class Adopted extends java.util.AbstractList<TraceEvent> implements java.util.RandomAccess {
        private final int[][] numbers;
        private final Object[][] unnumbered;
        private final Object[][] numbered;
        private final int shift;
        private final int size;

        /** All tables in chunks of {@code 1 << shift} (a chunk nothing was stored in may be null); {@code size} positions. */
        Adopted(int[][] numbers, Object[][] unnumbered, Object[][] numbered, int shift, int size) {
            this.numbers = numbers;
            this.unnumbered = unnumbered;
            this.numbered = numbered;
            this.shift = shift;
            this.size = size;
        }

        @Override
        public TraceEvent get(int index) {
            java.util.Objects.checkIndex(index, size);
            int k = index >>> shift;
            int mask = (1 << shift) - 1;
            int[] chunk = numbers[k];
            int n = chunk == null ? 0 : chunk[index & mask];
            if (n == 0) {
                return (TraceEvent) unnumbered[k][index & mask];
            }
            return (TraceEvent) numbered[(n - 1) >>> shift][(n - 1) & mask];
        }

        @Override
        public int size() {
            return size;
        }
    }

    public static Trace of(TraceEvent... events) {
        return new Trace(List.of(events));
    }

    public int size() {
        return events.size();
    }

    public TraceEvent get(int index) {
        return events.get(index);
    }

    /** True when recording stopped at the size cap (the last event is a {@link TraceTruncated}). */
    public boolean truncated() {
        return !events.isEmpty() && events.get(events.size() - 1) instanceof TraceTruncated;
    }
}
