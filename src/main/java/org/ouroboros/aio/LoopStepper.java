package org.ouroboros.aio;

/**
 * The gate before each loop iteration: lets a UI run the loop free, slowed down, or one
 * iteration at a time. Called on the loop's thread before {@code select}; may block.
 */
@FunctionalInterface
public interface LoopStepper {
    /** Runs the loop at full speed. */
    LoopStepper FREE_RUNNING = iteration -> {};

    /**
     * Returns when iteration {@code iteration} may start.
     *
     * @throws InterruptedException when the run is being cancelled
     */
    void awaitNextIteration(long iteration) throws InterruptedException;

    /** Pauses {@code millis} before every iteration (a slowed-down live run). */
    static LoopStepper slowed(long millis) {
        return iteration -> Thread.sleep(millis);
    }
}
