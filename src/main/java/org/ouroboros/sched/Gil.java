package org.ouroboros.sched;

import java.util.ArrayList;
import java.util.List;

/** One process's GIL, as in CPython's {@code struct _gil_runtime_state}. */
final class Gil {
    /** The thread holding it, or null when it is free. */
    SimThread holder;
    /** Threads waiting to take it, longest-waiting first. */
    final List<SimThread> waiters = new ArrayList<>();
    /** {@code gil_drop_request}: a waiter timed out and asks the holder to drop it. */
    boolean dropRequest;
    /** {@code switch_number}: how many times it was taken. */
    long switchNumber;
    /** When the last holder released it: nobody can take it earlier on the virtual clock. */
    long releasedAtPs;
}
