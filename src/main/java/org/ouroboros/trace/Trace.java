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
     * An unmodifiable view of the recorder's chunks (non-null), which the recorder hands over and
     * never touches again: the trace keeps them instead of copying a million entries into one
     * array. One big array would be a "humongous" object to the default (G1) collector, which
     * starts a marking cycle for it that slows the next run down. Position {@code i} holds the
     * number of its event; the distinct events are listed once, by number.
     */
    static final class Adopted extends java.util.AbstractList<TraceEvent> implements java.util.RandomAccess {
        private final int[][] ids;
        private final Object[][] events;
        private final int shift;
        private final int size;

        /** Both tables in chunks of {@code 1 << shift}, the last ones possibly shorter; {@code size} positions in all. */
        Adopted(int[][] ids, Object[][] events, int shift, int size) {
            this.ids = ids;
            this.events = events;
            this.shift = shift;
            this.size = size;
        }

        @Override
        public TraceEvent get(int index) {
            java.util.Objects.checkIndex(index, size);
            int mask = (1 << shift) - 1;
            int id = ids[index >>> shift][index & mask];
            return (TraceEvent) events[id >>> shift][id & mask];
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
