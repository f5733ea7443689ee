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
     * An unmodifiable view of an array that its maker hands over and never touches again (the
     * recorder's finished events, non-null): the trace keeps it instead of copying a million
     * references a second time.
     */
    static final class Adopted extends java.util.AbstractList<TraceEvent> implements java.util.RandomAccess {
        private final TraceEvent[] events;

        Adopted(TraceEvent[] events) {
            this.events = events;
        }

        @Override
        public TraceEvent get(int index) {
            return events[index];
        }

        @Override
        public int size() {
            return events.length;
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
