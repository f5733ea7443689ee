package org.ouroboros.aio.lab;

/** One stretch of one thread's time, in milliseconds from the run's start; {@code label} names the page or call. */
public record IoSegment(String thread, IoPhase phase, double startMillis, double endMillis, String label) {
    public double millis() {
        return endMillis - startMillis;
    }
}
