package org.ouroboros.ui.view;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Settings the views' scroll panes share. */
public final class ScrollPanes {
    private ScrollPanes() {}

    /**
     * Turns off the bitmap cache JavaFX's scroll pane skin puts on its viewport. With it, anything
     * that changes in a step repaints the whole viewport's content into the cache (with software
     * rendering the costliest part of a frame: 25–30 ms for the names view's board of 40 cards);
     * without it, only the changed nodes' regions are painted again. Scrolling then paints the
     * content instead of moving a picture of it, which is rare next to steps. Returns {@code scroll}.
     */
    public static ScrollPane paintChangesOnly(ScrollPane scroll) {
        uncache(scroll);
        scroll.skinProperty().addListener((obs, old, skin) -> uncache(scroll));
        return scroll;
    }

    private static void uncache(ScrollPane scroll) {
        if (scroll.getSkin() != null) {
            for (Node child : scroll.getChildrenUnmodifiable()) {
                if (child.getStyleClass().contains("viewport")) {
                    child.setCache(false);
                }
            }
        }
    }
}
