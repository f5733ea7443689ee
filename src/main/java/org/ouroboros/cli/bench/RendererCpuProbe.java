package org.ouroboros.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;

/**
 * The CPU time JavaFX's render thread ({@code QuantumRenderer}) spent between consecutive pulses:
 * with software rendering it paints every frame, and the next pulse waits for it, so a frame
 * costs the FX thread's CPU plus this.
 */
final class RendererCpuProbe extends AnimationTimer {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final long threadId = rendererThreadId();
    private final List<Double> cpuMillis = new ArrayList<>();
    private long lastCpu = -1;

    @Override
    public void handle(long now) {
        if (threadId < 0) {
            return;
        }
        long cpu = THREADS.getThreadCpuTime(threadId);
        if (lastCpu >= 0 && cpu >= 0) {
            cpuMillis.add((cpu - lastCpu) / 1e6);
        }
        lastCpu = cpu;
    }

    /** Render-thread CPU per frame so far, in milliseconds (empty when the thread was not found). */
    List<Double> cpu() {
        return List.copyOf(cpuMillis);
    }

    private static long rendererThreadId() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                return t.getId();
            }
        }
        return -1;
    }
}
