package org.ouroboros.trace;

import java.util.List;

/**
 * A finished, immutable, ordered list of events. Event {@code k} is at index {@code k}; a view
 * renders "the state after event k" by folding events {@code 0..k}.
 */
public record Trace(List<TraceEvent> events) {
    public Trace {
        events = List.copyOf(events);
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
