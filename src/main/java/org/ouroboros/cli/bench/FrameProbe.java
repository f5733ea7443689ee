package org.ouroboros.cli.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.animation.AnimationTimer;

/** Records the time between consecutive JavaFX pulses (frames) with an {@link AnimationTimer}. */
final class FrameProbe extends AnimationTimer {
    private final List<Double> frameMillis = new ArrayList<>();
    private long last = -1;

    @Override
    public void handle(long now) {
        if (last >= 0) {
            frameMillis.add((now - last) / 1e6);
        }
        last = now;
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
