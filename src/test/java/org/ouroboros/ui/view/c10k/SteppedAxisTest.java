package org.ouroboros.ui.view.c10k;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Chart axes move in round steps, so their tick labels are rebuilt rarely. */
class SteppedAxisTest {
    @Test
    void roundsUpToOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, SteppedAxis.roundUp(0));
        assertEquals(1, SteppedAxis.roundUp(0.7));
        assertEquals(10_000, SteppedAxis.roundUp(10_000));
        assertEquals(20_000, SteppedAxis.roundUp(10_001));
        assertEquals(50, SteppedAxis.roundUp(21));
        assertEquals(100, SteppedAxis.roundUp(51));
        assertEquals(0.2, SteppedAxis.roundUp(0.15), 1e-12);
    }

    @Test
    void anAxisGrowsAtOnceButShrinksOnlyWhenTheDataFallsFarBelowIt() {
        javafx.scene.chart.NumberAxis axis = SteppedAxis.create();
        SteppedAxis.fitFromZero(axis, 180);
        assertEquals(200, axis.getUpperBound());
        assertEquals(40, axis.getTickUnit());
        SteppedAxis.fitFromZero(axis, 60);
        assertEquals(200, axis.getUpperBound(), "a heap that drops after a collection keeps the scale");
        SteppedAxis.fitFromZero(axis, 210);
        assertEquals(500, axis.getUpperBound());
        SteppedAxis.fitFromZero(axis, 90);
        assertEquals(100, axis.getUpperBound(), "below a fifth of 500: shrinks to fit");
        SteppedAxis.fitSeconds(axis, 12, 47);
        assertEquals(10, axis.getLowerBound());
        assertEquals(50, axis.getUpperBound());
        assertEquals(10, axis.getTickUnit());
    }
}
