package org.ouroboros.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.creation.CreationView;

/** The previous/next/count/zoom header the dispatch and creation views share. */
class StepHeaderTest extends FxTestBase {
    @Test
    void targetsStayInsideTheItems() {
        assertEquals(0, StepHeader.target(-1, +1, 3), "before the first item, next is the first");
        assertEquals(-1, StepHeader.target(-1, -1, 3));
        assertEquals(2, StepHeader.target(1, +1, 3));
        assertEquals(-1, StepHeader.target(2, +1, 3), "no item after the last");
        assertEquals(-1, StepHeader.target(0, -1, 3));
        assertEquals(-1, StepHeader.target(-1, +1, 0));
    }

    @Test
    void buttonsCountAndZoomWork() {
        List<Integer> steps = new ArrayList<>();
        ZoomPan zoom = callFx(() -> new ZoomPan(new Pane()));
        StepHeader header = callFx(() -> new StepHeader("creation", zoom));
        runFx(() -> {
            header.setOnStep(steps::add);
            header.show(LocalizedMessages.of(CreationView.MESSAGES, Locale.ENGLISH), 0, 3, true);
        });
        Button previous = (Button) header.node().lookup("#creation-previous");
        Button next = (Button) header.node().lookup("#creation-next");
        assertTrue(previous.isDisabled(), "the first item has none before it");
        assertFalse(next.isDisabled());
        assertEquals("Creation 1 of 3", ((Label) header.node().lookup("#creation-count")).getText());
        runFx(next::fire);
        assertEquals(List.of(1), steps);
        double before = zoom.getScale();
        runFx(() -> ((Button) header.node().lookup("#creation-zoom-in")).fire());
        assertTrue(zoom.getScale() > before);
        runFx(() -> header.show(LocalizedMessages.of(CreationView.MESSAGES, Locale.ENGLISH), 1, 3, false));
        assertTrue(next.isDisabled() && previous.isDisabled(), "without a player to move, nothing to press");
    }
}
