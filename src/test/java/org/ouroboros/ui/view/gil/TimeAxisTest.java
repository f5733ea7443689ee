package org.ouroboros.ui.view.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Zoom, pan and ticks of the virtual time axis. */
class TimeAxisTest {
    @Test
    void zoomKeepsTheTimeUnderTheMouse() {
        TimeAxis axis = new TimeAxis(0, 10_000_000, 1000);
        long before = axis.time(250);
        TimeAxis zoomed = axis.zoom(2, 250);
        assertEquals(5_000_000, zoomed.span());
        assertEquals(before, zoomed.time(250), 10_000);
    }

    @Test
    void panMovesByPixels() {
        TimeAxis axis = new TimeAxis(0, 1_000_000, 100).pan(10);
        assertEquals(100_000, axis.from());
        assertEquals(1_100_000, axis.to());
    }

    @Test
    void ticksAreRoundAndLabelled() {
        TimeAxis axis = new TimeAxis(0, 10_000_000, 1000);
        List<Long> ticks = axis.ticks(90);
        assertEquals(1_000_000, ticks.get(1) - ticks.get(0));
        assertEquals("0", TimeAxis.label(0));
        assertEquals("2 ms", TimeAxis.label(2_000_000));
        assertEquals("250 \u00b5s", TimeAxis.label(250_000));
        assertEquals("1.5 s", TimeAxis.label(1_500_000_000));
    }

    @Test
    void revealPansOnlyWhenTheTimeIsOffScreen() {
        TimeAxis axis = new TimeAxis(0, 1_000, 100);
        assertEquals(axis, axis.reveal(500));
        TimeAxis moved = axis.reveal(5_000);
        assertTrue(moved.from() <= 5_000 && moved.to() >= 5_000);
        assertEquals(axis.span(), moved.span());
    }
}
