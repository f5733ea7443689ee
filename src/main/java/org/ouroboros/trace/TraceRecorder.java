package org.ouroboros.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects events up to a cap, then appends one {@link TraceTruncated} marker and ignores the
 * rest. Thread-safe: simulated threads may emit from different Java threads.
 */
public final class TraceRecorder implements TraceSink {
    public static final int DEFAULT_CAP = 1_000_000;

    private final int cap;
    private final List<TraceEvent> events = new ArrayList<>();
    private boolean truncated;
    private boolean finished;

    public TraceRecorder() {
        this(DEFAULT_CAP);
    }

    public TraceRecorder(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        this.cap = cap;
    }

    @Override
    public synchronized void emit(TraceEvent event) {
        if (finished) {
            throw new IllegalStateException("trace already finished");
        }
        if (truncated) {
            return;
        }
        if (events.size() == cap) {
            events.add(new TraceTruncated(cap));
            truncated = true;
            return;
        }
        events.add(event);
    }

    @Override
    public synchronized boolean enabled() {
        return !truncated;
    }

    public synchronized int size() {
        return events.size();
    }

    /** Ends recording and returns the immutable trace; further emits are an error. */
    public synchronized Trace finish() {
        finished = true;
        return new Trace(events);
    }
}
