package org.ouroboros.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects events up to a cap, then appends one {@link TraceTruncated} marker and ignores the
 * rest. Thread-safe: simulated threads may emit from different Java threads.
 *
 * <p>Events go into fixed-size chunks rather than one growing list: a million-event recording
 * never copies what it holds while recording, and the garbage collector sees small arrays
 * instead of ever larger ones, and {@link #finish} hands the chunks to the trace as they are.
 */
public final class TraceRecorder implements TraceSink {
    public static final int DEFAULT_CAP = 1_000_000;
    private static final int CHUNK_SHIFT = 13;
    private static final int CHUNK = 1 << CHUNK_SHIFT;

    private final int cap;
    // Object[], not TraceEvent[]: storing into an array of an interface type costs a type check per event.
    private final List<Object[]> chunks = new ArrayList<>();
    private Object[] current;
    private int inCurrent = CHUNK;
    private int size;
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
        record(event);
    }

    /** One lock round for the interpreter's emit-then-ask: it calls this for every event. */
    @Override
    public synchronized boolean offer(TraceEvent event) {
        record(event);
        return !truncated;
    }

    private void record(TraceEvent event) {
        Objects.requireNonNull(event, "event");
        if (finished) {
            throw new IllegalStateException("trace already finished");
        }
        if (truncated) {
            return;
        }
        if (size == cap) {
            append(new TraceTruncated(cap));
            truncated = true;
            return;
        }
        append(event);
    }

    private void append(TraceEvent event) {
        if (inCurrent == CHUNK) {
            current = new Object[CHUNK];
            chunks.add(current);
            inCurrent = 0;
        }
        current[inCurrent++] = event;
        size++;
    }

    @Override
    public synchronized boolean enabled() {
        return !truncated;
    }

    public synchronized int size() {
        return size;
    }

    /** Ends recording and returns the immutable trace; further emits are an error. */
    public synchronized Trace finish() {
        finished = true;
        return new Trace(new Trace.Adopted(chunks.toArray(new Object[0][]), CHUNK_SHIFT, size));
    }
}
