package org.ouroboros.ui.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.ouroboros.ui.FxTestBase;

class ScrollPanesTest extends FxTestBase {
    @Test
    void theViewportIsNotCachedOnceTheSkinExistsAndAfterANewSkin() {
        ScrollPane plain = new ScrollPane(new Pane());
        ScrollPane views = ScrollPanes.paintChangesOnly(new ScrollPane(new Pane()));
        runFx(() -> {
            new Scene(new javafx.scene.layout.VBox(plain, views), 300, 200);
            plain.applyCss();
            views.applyCss();
        });
        assertTrue(callFx(() -> viewports(plain).stream().allMatch(Node::isCache)),
                "JavaFX's own skin caches its viewport (what the views turn off)");
        assertFalse(callFx(() -> viewports(views).isEmpty()));
        assertTrue(callFx(() -> viewports(views).stream().noneMatch(Node::isCache)));
        runFx(() -> {
            views.setSkin(new javafx.scene.control.skin.ScrollPaneSkin(views));
            views.applyCss();
        });
        assertTrue(callFx(() -> viewports(views).stream().noneMatch(Node::isCache)), "a new skin's viewport too");
    }

    private static List<Node> viewports(ScrollPane scroll) {
        return scroll.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("viewport")).toList();
    }
}
