package org.ouroboros.aio;

import java.util.concurrent.Semaphore;

/**
 * A stepper a UI drives: each {@link #step()} lets exactly one loop iteration start;
 * {@link #release()} lets the loop run free from then on.
 */
public final class GatedStepper implements LoopStepper {
    private final Semaphore permits = new Semaphore(0);
    private volatile boolean free;
    private volatile long waitingAt = -1;

    /** Allows one more iteration. */
    public void step() {
        permits.release();
    }

    /** Stops gating: every later iteration starts at once. */
    public void release() {
        free = true;
        permits.release(Integer.MAX_VALUE / 2);
    }

    /** The iteration the loop is waiting to start, or -1 when it is not waiting. */
    public long waitingAt() {
        return waitingAt;
    }

    @Override
    public void awaitNextIteration(long iteration) throws InterruptedException {
        if (free) {
            return;
        }
        waitingAt = iteration;
        try {
            permits.acquire();
        } finally {
            waitingAt = -1;
        }
    }
}
