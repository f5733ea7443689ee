package org.ouroboros.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.StagedFxTestBase;

class RepaintMarkTest extends StagedFxTestBase {
    @Test
    void aStepMarksThePixelInTwoPulsesAndThenLeavesTheSceneIdle() {
        RepaintMark mark = new RepaintMark();
        AtomicInteger changes = new AtomicInteger();
        mark.node().opacityProperty().addListener(o -> changes.incrementAndGet());
        StackPane root = new StackPane();
        runFx(() -> root.getChildren().add(mark.node()));
        show(root, 200, 100);
        sleep(200);
        assertEquals(0, changes.get(), "nothing marked without a step");
        runFx(() -> {
            mark.touchForTwoPulses();
            root.requestLayout(); // the step: a pulse comes
        });
        waitFor("marked in the step's pulse and the next", () -> changes.get() == 2);
        sleep(300);
        assertEquals(2, changes.get(), "no third mark, so no pulse after those two");
    }
}
