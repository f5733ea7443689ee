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
}
