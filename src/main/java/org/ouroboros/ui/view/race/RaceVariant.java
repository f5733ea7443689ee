package org.ouroboros.ui.view.race;

/** The shape of the racing update, read from the threads' bytecode; it picks the explanation. */
public enum RaceVariant {
    /** {@code total += 1}: load, add, store with no call in between. */
    PLAIN,
    /** {@code total = total + one()}: a call (a 3.10+ check point) between load and store. */
    CALL,
    /** The update runs under a lock ({@code with lock:}). */
    LOCKED
}
