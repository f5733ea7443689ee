package org.ouroboros.trace;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * Collects events up to a cap, then appends one {@link TraceTruncated} marker and ignores the
 * rest. Thread-safe: simulated threads may emit from different Java threads.
 *
 * <p>An event takes its position with one atomic add and is then stored without a lock (the
 * interpreter emits several per call, and a lock round per event was most of their cost). The
 * order of the trace is the order of those adds, so each thread's events stay in its own order.
 * {@link #finish} is called once the emitting threads are done (a run ends after its threads).
 *
 * <p>Positions hold ints, not references: the interpreter re-sends the same few event objects
 * (a loop's lines, a reused frame's enter and exit), so such an object is kept once and a
 * position holds its number. A million references in young arrays were copied and scanned
 * by every young collection during the run (most of what the coarse trace cost in a call loop);
 * int arrays are copied without a look inside. Both tables grow in fixed-size chunks, so a
 * recording never copies what it holds and no array is big enough to be "humongous" to G1.
 */
public final class TraceRecorder implements TraceSink {
    public static final int DEFAULT_CAP = 1_000_000;
    private static final int CHUNK_SHIFT = 13;
    private static final int CHUNK = 1 << CHUNK_SHIFT;
    /** Direct-mapped by identity hash: the recently sent objects and their numbers. */
    private static final int CACHE = 1 << 12;
    private static final VarHandle NEXT;
    private static final VarHandle DISTINCT_NEXT;
    private static final VarHandle ID_CHUNKS;
    private static final VarHandle EVENT_CHUNKS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            NEXT = lookup.findVarHandle(TraceRecorder.class, "next", int.class);
            DISTINCT_NEXT = lookup.findVarHandle(TraceRecorder.class, "distinctNext", int.class);
            ID_CHUNKS = MethodHandles.arrayElementVarHandle(int[][].class);
            EVENT_CHUNKS = MethodHandles.arrayElementVarHandle(Object[][].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int cap;
    /** Chunk k holds the numbers of positions k * CHUNK onwards; made by the first event that needs it. */
    private final int[][] ids;
    /**
     * The distinct events by number, in chunks like {@link #ids}. Object[], not TraceEvent[]:
     * storing into an array of an interface type costs a type check.
     */
    private final Object[][] events;
    /** A recently numbered event; immutable, so a racing reader sees it whole or not at all. */
    private record Numbered(Object event, int id) {}

    private final Numbered[] recent = new Numbered[CACHE];
    /** The next position to take; past the cap (the marker's position) it stops growing. */
    @SuppressWarnings("unused") // through NEXT
    private volatile int next;
    /** The next event number to hand out. */
    @SuppressWarnings("unused") // through DISTINCT_NEXT
    private volatile int distinctNext;
    private volatile boolean finished;

    public TraceRecorder() {
        this(DEFAULT_CAP);
    }

    public TraceRecorder(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        this.cap = cap;
        int chunks = (int) (((long) cap + CHUNK) >>> CHUNK_SHIFT);
        this.ids = new int[chunks][];
        this.events = new Object[chunks][];
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
            store(i, number(event));
            return true;
        }
        if (i == cap) {
            store(i, number(new TraceTruncated(cap)));
        }
        return false;
    }

    /**
     * The event's number: the one it got when first recorded if it is still remembered, else a new
     * one. Only the kinds the interpreter re-sends are looked up: an identity hash is slow to make
     * for an object seen once (a fine trace's instruction events, object events).
     */
    private int number(TraceEvent event) {
        if (!(event instanceof ExecutionEvent.LineReached || event instanceof ExecutionEvent.FrameEntered
                || event instanceof ExecutionEvent.FrameExited)) {
            return numberNew(event);
        }
        int h = System.identityHashCode(event) & (CACHE - 1);
        Numbered n = recent[h];
        if (n != null && n.event == event) {
            return n.id;
        }
        int id = numberNew(event);
        recent[h] = new Numbered(event, id);
        return id;
    }

    private int numberNew(TraceEvent event) {
        int id = (int) DISTINCT_NEXT.getAndAdd(this, 1);
        int k = id >>> CHUNK_SHIFT;
        Object[] chunk = events[k];
        if (chunk == null) {
            chunk = eventChunk(k);
        }
        chunk[id & (CHUNK - 1)] = event;
        return id;
    }

    private void store(int i, int id) {
        int k = i >>> CHUNK_SHIFT;
        int[] chunk = ids[k];
        if (chunk == null) {
            chunk = idChunk(k);
        }
        chunk[i & (CHUNK - 1)] = id;
    }

    /** Chunk k of the numbers, made now if no thread has made it yet. */
    private int[] idChunk(int k) {
        int[] made = new int[CHUNK];
        int[] witness = (int[]) ID_CHUNKS.compareAndExchange(ids, k, (int[]) null, made);
        return witness == null ? made : witness;
    }

    /** Chunk k of the distinct events, made now if no thread has made it yet. */
    private Object[] eventChunk(int k) {
        Object[] made = new Object[CHUNK];
        Object[] witness = (Object[]) EVENT_CHUNKS.compareAndExchange(events, k, (Object[]) null, made);
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
        int[][] handedIds = new int[(size + CHUNK - 1) >>> CHUNK_SHIFT][];
        for (int k = 0; k < handedIds.length; k++) {
            handedIds[k] = (int[]) ID_CHUNKS.getAcquire(ids, k);
        }
        int distinct = distinctNext;
        Object[][] handedEvents = new Object[(distinct + CHUNK - 1) >>> CHUNK_SHIFT][];
        for (int k = 0; k < handedEvents.length; k++) {
            handedEvents[k] = (Object[]) EVENT_CHUNKS.getAcquire(events, k);
        }
        return new Trace(new Trace.Adopted(handedIds, handedEvents, CHUNK_SHIFT, size));
    }
}
