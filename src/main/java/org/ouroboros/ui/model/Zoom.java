package org.ouroboros.ui.model;

import java.util.List;

/** The zoom steps Ctrl+= and Ctrl+- walk through; 1.0 is the theme's base size. */
public final class Zoom {
    public static final double DEFAULT = 1.0;
    static final List<Double> STEPS = List.of(0.5, 0.67, 0.75, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0);

    private Zoom() {}

    public static double min() {
        return STEPS.get(0);
    }

    public static double max() {
        return STEPS.get(STEPS.size() - 1);
    }

    /** The next larger step, or the largest step when already there. */
    public static double larger(double current) {
        for (double step : STEPS) {
            if (step > current + 1e-9) {
                return step;
            }
        }
        return max();
    }

    /** The next smaller step, or the smallest step when already there. */
    public static double smaller(double current) {
        for (int i = STEPS.size() - 1; i >= 0; i--) {
            if (STEPS.get(i) < current - 1e-9) {
                return STEPS.get(i);
            }
        }
        return min();
    }

    /** Clamps an arbitrary value (e.g. from a preference file) into the supported range. */
    public static double clamp(double value) {
        if (Double.isNaN(value)) {
            return DEFAULT;
        }
        return Math.max(min(), Math.min(max(), value));
    }
}
