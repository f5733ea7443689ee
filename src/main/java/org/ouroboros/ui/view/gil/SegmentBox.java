package org.ouroboros.ui.view.gil;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * One lane segment: its state's glyph and words where they fit whole, the glyph alone where only
 * it fits, nothing where not even that fits. A label is never shown cut short (a cut word reads as
 * another word on a projector); the segment's fill pattern and its tooltip still say the state.
 */
final class SegmentBox extends StackPane {
    private final Label full;
    private final Label glyph;

    SegmentBox(String glyphText, String words) {
        full = label(glyphText + " " + words);
        glyph = label(glyphText);
        glyph.getStyleClass().add("segment-glyph");
        glyph.setVisible(false);
        getChildren().addAll(full, glyph);
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("segment-label");
        l.setMinWidth(0);
        return l;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double room = getWidth() - snappedLeftInset() - snappedRightInset() + 0.5;
        boolean fullFits = full.prefWidth(-1) <= room;
        full.setVisible(fullFits);
        glyph.setVisible(!fullFits && glyph.prefWidth(-1) <= room);
    }
}
