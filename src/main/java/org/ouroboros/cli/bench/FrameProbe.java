package org.ouroboros.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * Records the time between consecutive JavaFX pulses (frames) with an {@link AnimationTimer},
 * and the CPU time the FX thread spent in each frame (what the frame cost, whatever else the
 * machine was doing: on a loaded machine the wall-clock frame time also counts waiting for a core).
 */
final class FrameProbe extends AnimationTimer {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final List<Double> frameMillis = new ArrayList<>();
    private final List<Double> cpuMillis = new ArrayList<>();
    private long last = -1;
    private long lastCpu = -1;

    @Override
    public void handle(long now) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        if (last >= 0) {
            frameMillis.add((now - last) / 1e6);
            cpuMillis.add((cpu - lastCpu) / 1e6);
        }
        last = now;
        lastCpu = cpu;
    }

    /** Frames measured so far (the index the next frame gets). */
    int count() {
        return frameMillis.size();
    }

    /** FX-thread CPU time per frame so far, in milliseconds. */
    List<Double> cpu() {
        return List.copyOf(cpuMillis);
    }

    /** Frame times so far, in milliseconds. */
    List<Double> frames() {
        return List.copyOf(frameMillis);
    }

    /** The {@code p}-th percentile (0..100) of {@code values}, nearest rank; NaN when empty. */
    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
