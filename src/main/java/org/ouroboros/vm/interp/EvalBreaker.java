package org.ouroboros.vm.interp;

/**
 * Called where CPython 3.11 checks its eval breaker: at RESUME (function entry), at JUMP_BACKWARD
 * (loop back edges) and around calls. The GIL scheduler plugs in here to switch threads; the
 * default does nothing.
 */
@FunctionalInterface
public interface EvalBreaker {
    EvalBreaker NONE = (thread, frame) -> {};

    /** {@code frame} is about to continue at a check point on simulated thread {@code thread}. */
    void check(ThreadState thread, Frame frame);
}
