package org.ouroboros.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which positions an animation shows: a step through the range that always ends on its last state. */
class FrameRangeTest {
    private static List<Integer> positions(FrameRange range) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < range.count(); i++) {
            all.add(range.position(i));
        }
        return all;
    }

    @Test
    void everyPositionFromBeforeTheFirstEvent() {
        assertEquals(List.of(-1, 0, 1, 2, 3), positions(new FrameRange(-1, 3, 1)));
    }

    @Test
    void aStepThatDoesNotDivideTheRangeStillEndsOnItsLastPosition() {
        assertEquals(List.of(0, 3, 6, 7), positions(new FrameRange(0, 7, 3)));
        assertEquals(List.of(0, 3, 6), positions(new FrameRange(0, 6, 3)));
    }

    @Test
    void aSinglePositionIsOneFrame() {
        assertEquals(List.of(5), positions(new FrameRange(5, 5, 4)));
    }

    @Test
    void badRangesAreRefusedWithTheirNumbers() {
        IllegalArgumentException backwards = assertThrows(IllegalArgumentException.class, () -> new FrameRange(5, 2, 1));
        assertTrue(backwards.getMessage().contains("5..2"), backwards.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new FrameRange(-2, 2, 1));
        IllegalArgumentException step = assertThrows(IllegalArgumentException.class, () -> new FrameRange(0, 2, 0));
        assertTrue(step.getMessage().contains("at least 1"), step.getMessage());
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class, () -> FrameRange.within(0, 10, 1, 10));
        assertTrue(past.getMessage().contains("last position 9"), past.getMessage());
        assertEquals(11, FrameRange.within(-1, 9, 1, 10).count());
    }
}
