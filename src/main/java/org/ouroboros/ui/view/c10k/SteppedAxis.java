package org.ouroboros.ui.view.c10k;

import javafx.scene.chart.NumberAxis;

/**
 * Fixes a chart axis to round bounds (1, 2 or 5 times a power of ten) that change only when the
 * data leaves them. An auto-ranging axis re-measures and re-creates its tick labels on every
 * redraw, which costs the FX thread a CSS pass per label; a stepped one does so a few times a run.
 */
final class SteppedAxis {
    private SteppedAxis() {}

    static NumberAxis create() {
        NumberAxis axis = new NumberAxis(0, 1, 0.2);
        axis.setAutoRanging(false);
        axis.setAnimated(false);
        return axis;
    }

    /**
     * Shows 0..{@code max} rounded up to a round number. The bound grows at once but shrinks only
     * when the data falls below a fifth of it, so a value that swings (heap between collections,
     * a latency spike) does not rebuild the ticks back and forth.
     */
    static void fitFromZero(NumberAxis axis, double max) {
        double upper = axis.getUpperBound();
        if (max > upper || max <= upper / SHRINK_BELOW || axis.getLowerBound() != 0) {
            upper = roundUp(max);
        }
        set(axis, 0, upper, upper / 5);
    }

    /** An axis shrinks when its data falls below this fraction of it. */
    static final double SHRINK_BELOW = 5;

    /** Shows seconds {@code from}..{@code to} in whole tens, so the ticks move every ten seconds only. */
    static void fitSeconds(NumberAxis axis, double from, double to) {
        double lower = Math.floor(Math.max(0, from) / 10) * 10;
        double upper = Math.max(lower + 10, Math.ceil(to / 10) * 10);
        set(axis, lower, upper, upper - lower <= 30 ? 5 : 10);
    }

    /** The smallest of 1, 2, 5 × 10^k at or above {@code v} (1 for nothing to show). */
    static double roundUp(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= v * (1 - 1e-12)) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static void set(NumberAxis axis, double lower, double upper, double tick) {
        if (axis.getLowerBound() != lower) {
            axis.setLowerBound(lower);
        }
        if (axis.getUpperBound() != upper) {
            axis.setUpperBound(upper);
        }
        if (axis.getTickUnit() != tick) {
            axis.setTickUnit(tick);
        }
    }
}
