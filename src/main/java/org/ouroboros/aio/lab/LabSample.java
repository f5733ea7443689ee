package org.ouroboros.aio.lab;

/**
 * One tenth of a second of a lab run, everything the view plots: connections (target, open on
 * the client side, held by the server), requests answered per second with round-trip
 * percentiles, the server's threads, the JVM's threads and memory, and descriptors in use.
 * {@code limit} is null unless a limit was hit.
 */
public record LabSample(long elapsedMillis, ServerKind kind, LabPhase phase, int target, int clientOpen,
        int serverHeld, int failedConnects, double requestsPerSecond, double p50Micros, double p99Micros,
        int serverThreads, int jvmThreads, long heapUsedBytes, long residentBytes, long openDescriptors,
        long maxDescriptors, boolean childProcess, LimitProblem limit) {

    /** Ramp-up progress, 0..1: connections the server holds out of the target. */
    public double progress() {
        return Math.min(1.0, serverHeld / (double) target);
    }
}
