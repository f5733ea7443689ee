package org.ouroboros.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;

/**
 * The FX thread's CPU time in each pulse's CSS and layout pass of one scene: from the scene's
 * pre-layout pulse listener (after animations and the player's step) to its post-layout one.
 * Separates what styling and measuring the nodes costs from the view's own update.
 */
final class LayoutPassProbe {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Double> cpuMillis = new ArrayList<>();
    private final List<Integer> frameOf = new ArrayList<>();
    private final java.util.function.IntSupplier frame;
    private final Runnable before = this::before;
    private final Runnable after = this::after;
    private long start = -1;

    /** @param frame the frame a pass belongs to (for a per-frame timeline) */
    LayoutPassProbe(java.util.function.IntSupplier frame) {
        this.frame = frame;
    }

    /** Starts measuring {@code scene}'s passes (call on the FX thread). */
    void attach(Scene scene) {
        scene.addPreLayoutPulseListener(before);
        scene.addPostLayoutPulseListener(after);
    }

    void detach(Scene scene) {
        scene.removePreLayoutPulseListener(before);
        scene.removePostLayoutPulseListener(after);
    }

    private void before() {
        start = THREADS.getCurrentThreadCpuTime();
    }

    private void after() {
        if (start >= 0) {
            cpuMillis.add((THREADS.getCurrentThreadCpuTime() - start) / 1e6);
            frameOf.add(frame.getAsInt());
            start = -1;
        }
    }

    /** CSS + layout CPU per pulse so far, in milliseconds. */
    List<Double> cpu() {
        return List.copyOf(cpuMillis);
    }

    /** The frame each pass of {@link #cpu()} belongs to. */
    List<Integer> frames() {
        return List.copyOf(frameOf);
    }
}
