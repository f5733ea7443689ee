package org.ouroboros.vm.object;

import java.util.function.LongSupplier;

/**
 * Hands out fake addresses for {@code id()}. Each VM installs its own counter for the Java thread
 * running it, so a run's addresses depend only on the run (deterministic replays).
 */
public final class Identity {
    /** CPython heap addresses on 64-bit Linux look like 0x7f…; ours do too. */
    static final long BASE = 0x7f3a00000000L;
    private static final ThreadLocal<LongSupplier> COUNTER = new ThreadLocal<>();
    private static final java.util.concurrent.atomic.AtomicLong FALLBACK = new java.util.concurrent.atomic.AtomicLong();

    private Identity() {}

    /** A fresh counter for one VM: addresses 16 bytes apart, like small CPython objects. */
    public static LongSupplier newCounter() {
        long[] next = {0};
        return () -> BASE + 0x10L * (++next[0]) + 0x40000;
    }

    public static void bind(LongSupplier counter) {
        COUNTER.set(counter);
    }

    /** Ids of the objects all VMs share: fixed once, in a range no VM counter reaches. */
    private static final long SHARED_BASE = 0x55d000000000L;
    private static long sharedCount;

    static synchronized void pin(PyObject o) {
        o.pinId(SHARED_BASE + 0x20L * (++sharedCount));
    }

    static long next() {
        LongSupplier c = COUNTER.get();
        return c != null ? c.getAsLong() : BASE + 0x10L * FALLBACK.incrementAndGet();
    }
}
