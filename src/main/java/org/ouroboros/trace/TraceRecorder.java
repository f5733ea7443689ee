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
 * <p>The interpreter re-sends the same few event objects (a loop's lines, a reused frame's enter
 * and exit). Such an object is kept once, numbered, and its positions hold the number in an int
 * array; any other event is kept at its position itself. A million references in young arrays
 * were copied and scanned by every young collection during a run (most of what the coarse trace
 * cost in a call loop); int arrays are copied without a look inside. All tables grow in
 * fixed-size chunks, so a recording never copies what it holds and no array is big enough to be
 * "humongous" to G1.
 */
public final class TraceRecorder implements TraceSink {
    public static final int DEFAULT_CAP = 1_000_000;
    private static final int CHUNK_SHIFT = 13;
    private static final int CHUNK = 1 << CHUNK_SHIFT;
    /** Direct-mapped by identity hash: the recently numbered objects. */
    private static final int CACHE = 1 << 12;
    private static final VarHandle NEXT;
    private static final VarHandle NUMBERED_NEXT;
    private static final VarHandle INT_CHUNKS;
    private static final VarHandle OBJECT_CHUNKS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            NEXT = lookup.findVarHandle(TraceRecorder.class, "next", int.class);
            NUMBERED_NEXT = lookup.findVarHandle(TraceRecorder.class, "numberedNext", int.class);
            INT_CHUNKS = MethodHandles.arrayElementVarHandle(int[][].class);
            OBJECT_CHUNKS = MethodHandles.arrayElementVarHandle(Object[][].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final int cap;
    /**
     * By position, in chunks of {@link #CHUNK} made by the first event that needs one: 1 + the
     * number of a numbered event, or 0 when the event itself is in {@link #unnumbered}.
     */
    private final int[][] numbers;
    /**
     * By position, the events that are not numbered. Object[], not TraceEvent[]: storing into an
     * array of an interface type costs a type check.
     */
    private final Object[][] unnumbered;
    /** The numbered events by number, in chunks likewise. */
    private final Object[][] numbered;
    /** A recently numbered event; immutable, so a racing reader sees it whole or not at all. */
    private record Numbered(Object event, int number) {}

    private final Numbered[] recent = new Numbered[CACHE];
    /** The next position to take; past the cap (the marker's position) it stops growing. */
    @SuppressWarnings("unused") // through NEXT
    private volatile int next;
    /** The next event number to hand out. */
    @SuppressWarnings("unused") // through NUMBERED_NEXT
    private volatile int numberedNext;
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
        this.numbers = new int[chunks][];
        this.unnumbered = new Object[chunks][];
        this.numbered = new Object[chunks][];
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

    /**
     * Only the kinds the interpreter re-sends are numbered: an identity hash is slow to make for
     * an object seen once (a fine trace's instruction events, object events).
     */
    private void store(int i, TraceEvent event) {
        int k = i >>> CHUNK_SHIFT;
        if (event instanceof ExecutionEvent.LineReached || event instanceof ExecutionEvent.FrameEntered
                || event instanceof ExecutionEvent.FrameExited) {
            int[] chunk = numbers[k];
            if (chunk == null) {
                chunk = intChunk(numbers, k);
            }
            chunk[i & (CHUNK - 1)] = 1 + number(event);
        } else {
            Object[] chunk = unnumbered[k];
            if (chunk == null) {
                chunk = objectChunk(unnumbered, k);
            }
            chunk[i & (CHUNK - 1)] = event;
        }
    }

    /** The event's number: the one it got when last numbered if that is still remembered, else a new one. */
    private int number(TraceEvent event) {
        int h = System.identityHashCode(event) & (CACHE - 1);
        Numbered n = recent[h];
        if (n != null && n.event == event) {
            return n.number;
        }
        int number = (int) NUMBERED_NEXT.getAndAdd(this, 1);
        int k = number >>> CHUNK_SHIFT;
        Object[] chunk = numbered[k];
        if (chunk == null) {
            chunk = objectChunk(numbered, k);
        }
        chunk[number & (CHUNK - 1)] = event;
        recent[h] = new Numbered(event, number);
        return number;
    }

    /** Chunk k of {@code table}, made now if no thread has made it yet. */
    private static int[] intChunk(int[][] table, int k) {
        int[] made = new int[CHUNK];
        int[] witness = (int[]) INT_CHUNKS.compareAndExchange(table, k, (int[]) null, made);
        return witness == null ? made : witness;
    }

    private static Object[] objectChunk(Object[][] table, int k) {
        Object[] made = new Object[CHUNK];
        Object[] witness = (Object[]) OBJECT_CHUNKS.compareAndExchange(table, k, (Object[]) null, made);
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
        int[][] handedNumbers = new int[used][];
        Object[][] handedUnnumbered = new Object[used][];
        for (int k = 0; k < used; k++) {
            handedNumbers[k] = (int[]) INT_CHUNKS.getAcquire(numbers, k);
            handedUnnumbered[k] = (Object[]) OBJECT_CHUNKS.getAcquire(unnumbered, k);
        }
        Object[][] handedNumbered = new Object[(numberedNext + CHUNK - 1) >>> CHUNK_SHIFT][];
        for (int k = 0; k < handedNumbered.length; k++) {
            handedNumbered[k] = (Object[]) OBJECT_CHUNKS.getAcquire(numbered, k);
        }
        return new Trace(new Trace.Adopted(handedNumbers, handedUnnumbered, handedNumbered, CHUNK_SHIFT, size));
    }
}
