package org.ouroboros.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ZoomTest {
    @Test
    void largerAndSmallerMoveOneStepFromAnyValue() {
        assertEquals(1.1, Zoom.larger(1.0));
        assertEquals(0.9, Zoom.smaller(1.0));
        assertEquals(1.25, Zoom.larger(1.12), "an off-step value goes to the next step");
        assertEquals(1.1, Zoom.smaller(1.12));
    }

    @Test
    void clampKeepsPreferenceValuesInRange() {
        assertEquals(Zoom.max(), Zoom.clamp(99));
        assertEquals(Zoom.min(), Zoom.clamp(0));
        assertEquals(Zoom.DEFAULT, Zoom.clamp(Double.NaN));
        assertEquals(1.5, Zoom.clamp(1.5));
    }
}
