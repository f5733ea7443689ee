package org.ouroboros.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * Collects events up to a cap, then appends one {@link TraceTruncated} marker and ignores the
 * rest. Thread-safe: simulated threads may emit from different Java threads.
 *
 * <p>Events go into fixed-size chunks rather than one growing list: a million-event recording
 * never copies what it holds while recording, and the garbage collector sees small arrays
 * instead of ever larger ones, and {@link #finish} hands the chunks to the trace as they are.
 *
 * <p>An event takes its position with one atomic add and is then stored without a lock (the
 * interpreter emits several per call, and a lock round per event was most of their cost). The
 * order of the trace is the order of those adds, so each thread's events stay in its own order.
 * {@link #finish} is called once the emitting threads are done (a run ends after its threads).
 */
public final class TraceRecorder implements TraceSink {
    public static final int DEFAULT_CAP = 1_000_000;
    private static final int CHUNK_SHIFT = 13;
    private static final int CHUNK = 1 << CHUNK_SHIFT;
    private static final VarHandle NEXT;
    private static final VarHandle CHUNKS;

    static {
        try {
            NEXT = MethodHandles.lookup().findVarHandle(TraceRecorder.class, "next", int.class);
            CHUNKS = MethodHandles.arrayElementVarHandle(Object[][].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int cap;
    /**
     * Chunk k holds positions k * CHUNK onwards; made by the first event that needs it. Object[],
     * not TraceEvent[]: storing into an array of an interface type costs a type check per event.
     */
    private final Object[][] chunks;
    /** The next position to take; past the cap (the marker's position) it stops growing. */
    @SuppressWarnings("unused") // through NEXT
    private volatile int next;
    private volatile boolean finished;

    public TraceRecorder() {
        this(DEFAULT_CAP);
    }

    public TraceRecorder(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        this.cap = cap;
        this.chunks = new Object[(int) (((long) cap + CHUNK) >>> CHUNK_SHIFT)][];
    }

    @Override
    public void emit(TraceEvent event) {
        record(event);
    }

    /** The interpreter's emit-then-ask, called for every event: one atomic step. */
    @Override
    public boolean offer(TraceEvent event) {
        return record(event);
    }

    /** Records the event (or, at the cap, the marker instead); true while the cap is not reached. */
    private boolean record(TraceEvent event) {
        Objects.requireNonNull(event, "event");
        if (finished) {
            throw new IllegalStateException("trace already finished");
        }
        if (next > cap) {
            return false;
        }
        int i = (int) NEXT.getAndAdd(this, 1);
        if (i < cap) {
            store(i, event);
            return true;
        }
        if (i == cap) {
            store(i, new TraceTruncated(cap));
        }
        return false;
    }

    private void store(int i, TraceEvent event) {
        int k = i >>> CHUNK_SHIFT;
        Object[] chunk = chunks[k];
        if (chunk == null) {
            chunk = chunk(k);
        }
        chunk[i & (CHUNK - 1)] = event;
    }

    /** Chunk k, made now if no thread has made it yet. */
    private Object[] chunk(int k) {
        Object[] made = new Object[CHUNK];
        Object[] witness = (Object[]) CHUNKS.compareAndExchange(chunks, k, (Object[]) null, made);
        return witness == null ? made : witness;
    }

    @Override
    public boolean enabled() {
        return next < cap + 1L;
    }

    public int size() {
        return (int) Math.min(next, cap + 1L);
    }

    /** Ends recording and returns the immutable trace; further emits are an error. */
    public Trace finish() {
        finished = true;
        int size = size();
        int used = (size + CHUNK - 1) >>> CHUNK_SHIFT;
        Object[][] handed = new Object[used][];
        for (int k = 0; k < used; k++) {
            handed[k] = (Object[]) CHUNKS.getAcquire(chunks, k);
        }
        return new Trace(new Trace.Adopted(handed, CHUNK_SHIFT, size));
    }
}
