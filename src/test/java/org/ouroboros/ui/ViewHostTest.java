package org.ouroboros.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

class ViewHostTest extends FxTestBase {
    @Test
    void showReplacesTheViewAndThePlayerBarSitsUnderIt() {
        runFx(() -> {
            ViewHost host = new ViewHost();
            Label first = new Label("first");
            Label second = new Label("second");
            host.show(first);
            host.show(second);
            StackPane area = (StackPane) host.exportTarget();
            assertEquals(1, area.getChildren().size());
            assertSame(second, area.getChildren().get(0));
            assertSame(second, host.getCurrentView());

            HBox bar = new HBox();
            host.setPlayerBar(bar);
            assertSame(bar, host.getBottom());
            host.setPlayerBar(null);
            assertNull(host.getBottom());

            host.clear();
            assertTrue(area.getChildren().isEmpty());
            assertTrue(host.getStyleClass().contains(ViewHost.STYLE_CLASS));
        });
    }
}
