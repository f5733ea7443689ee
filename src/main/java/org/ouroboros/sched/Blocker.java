package org.ouroboros.sched;

import org.ouroboros.trace.SchedEvent.PrimitiveKind;

/** Something a simulated thread can be blocked on: a lock, a thread to join, a sleep, real I/O. */
interface Blocker {
    /** The thread that would have to act to unblock the waiter, or null (e.g. a lost notify). */
    SimThread holder();

    /** A stable id for the wait-for graph (the Python {@code id()} of the primitive, or -1). */
    long primitiveId();

    PrimitiveKind kind();

    /** How the wait reads in a deadlock report, e.g. "Lock.acquire() on Lock#1". */
    String describeWait();

    /** The waiter gave up (timeout): forget it. */
    void cancelWait(SimThread waiter);

    /** True when a timer will end the wait anyway (sleep): never part of a deadlock. */
    default boolean wakesByItself() {
        return false;
    }
}
