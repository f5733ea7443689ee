package org.ouroboros.ui.view.loop;

import org.ouroboros.aio.lab.LoopDigest;

/**
 * What the lab's loop did per second between two {@link LoopDigest}s, and how its time split
 * between waiting in select and handling keys: the numbers the lab panel prints.
 */
public record LabLoopRates(double seconds, double iterationsPerSecond, double keysPerSecond, double acceptsPerSecond,
        double echoesPerSecond, double closesPerSecond, double keysPerIteration, double selectShare, double workShare) {

    /** The rates from {@code earlier} to {@code later}; all zero when no time passed between them. */
    public static LabLoopRates between(LoopDigest earlier, LoopDigest later) {
        double seconds = (later.atNanos() - earlier.atNanos()) / 1e9;
        if (seconds <= 0) {
            return new LabLoopRates(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        long iterations = later.iterations() - earlier.iterations();
        long keys = later.keysReturned() - earlier.keysReturned();
        double select = later.selectNanos() - earlier.selectNanos();
        double work = later.workNanos() - earlier.workNanos();
        double busy = select + work;
        return new LabLoopRates(seconds, iterations / seconds, keys / seconds,
                (later.accepts() - earlier.accepts()) / seconds, (later.reads() - earlier.reads()) / seconds,
                (later.closes() - earlier.closes()) / seconds, iterations == 0 ? 0 : keys / (double) iterations,
                busy <= 0 ? 0 : select / busy, busy <= 0 ? 0 : work / busy);
    }
}
