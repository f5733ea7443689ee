package org.ouroboros.sched;

/**
 * Unwinds a simulated (non-main) thread whose run has ended: deadlock, an error elsewhere,
 * interpreter exit. An Error so that neither Python handlers nor the interpreter's
 * RuntimeException wrapping catch it.
 */
final class ThreadKilled extends Error {
    private static final long serialVersionUID = 1L;

    ThreadKilled() {
        super("simulated thread killed", null, false, false);
    }
}
