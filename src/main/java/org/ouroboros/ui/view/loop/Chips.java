package org.ouroboros.ui.view.loop;

import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small builders for the lanes: a titled box of chips, and a chip. */
final class Chips {
    private Chips() {}

    static Label chip(String text, String... styleClasses) {
        Label l = new Label(text);
        l.getStyleClass().add("loop-chip");
        l.getStyleClass().addAll(styleClasses);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label text(String text, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(styleClass);
        return l;
    }

    /** A lane: its title and a flow of chips that wraps. */
    static final class Lane {
        final VBox box = new VBox();
        final Label title = text("", "loop-lane-title");
        final FlowPane chips = new FlowPane();

        Lane(String id) {
            box.getStyleClass().add("loop-lane");
            box.setId(id);
            chips.getStyleClass().add("loop-lane-chips");
            box.getChildren().addAll(title, chips);
        }
    }
}
