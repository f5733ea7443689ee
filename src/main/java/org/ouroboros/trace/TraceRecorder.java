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
 * instead of ever larger ones. {@link #finish} copies the chunks once into the trace.
 */
public final class TraceRecorder implements TraceSink {
    public static final int DEFAULT_CAP = 1_000_000;
    private static final int CHUNK = 1 << 13;

    private final int cap;
    private final List<TraceEvent[]> chunks = new ArrayList<>();
    private TraceEvent[] current;
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
            current = new TraceEvent[CHUNK];
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
        TraceEvent[] all = new TraceEvent[size];
        int at = 0;
        for (TraceEvent[] chunk : chunks) {
            int n = Math.min(CHUNK, size - at);
            System.arraycopy(chunk, 0, all, at, n);
            at += n;
        }
        return new Trace(new Trace.Adopted(all));
    }
}
