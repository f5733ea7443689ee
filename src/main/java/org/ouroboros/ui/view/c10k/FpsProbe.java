package org.ouroboros.ui.view.c10k;

import java.util.function.DoubleConsumer;
import javafx.animation.AnimationTimer;

/** Counts JavaFX pulses: frames per second of the UI while the lab runs, reported once a second. */
final class FpsProbe extends AnimationTimer {
    private final DoubleConsumer report;
    private long windowStart = -1;
    private int frames;
    private volatile double last;

    FpsProbe(DoubleConsumer report) {
        this.report = report;
    }

    @Override
    public void handle(long now) {
        if (windowStart < 0) {
            windowStart = now;
            return;
        }
        frames++;
        if (now - windowStart >= 1_000_000_000L) {
            last = frames * 1e9 / (now - windowStart);
            report.accept(last);
            frames = 0;
            windowStart = now;
        }
    }

    double last() {
        return last;
    }
}
