package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.SkinnedLabels;
import org.ouroboros.ui.view.graph.SnapshotIndex;

/**
 * A column of object cards. The column keeps its cards and gives each place the object that comes
 * there; places beyond the ones shown are emptied and hidden, never removed: JavaFX repaints a whole parent
 * when a child leaves it, and this column is as tall as the board.
 */
final class CardColumn extends VBox {
    private final List<ObjectCard> places = new ArrayList<>();
    private final Label notDrawn = ObjectCard.styled(SkinnedLabels.of(""), "names-not-drawn");
    private int shown;

    CardColumn() {
        getStyleClass().add("names-objects");
        show(notDrawn, false);
        getChildren().add(notDrawn);
    }

    /** Shows one card per content, in order, then {@code more} (null: nothing) below them. */
    void show(List<CardContent> contents, SnapshotIndex index, int position, LocalizedMessages words, String more) {
        while (places.size() < contents.size()) {
            ObjectCard card = new ObjectCard();
            places.add(card);
            // added before the "more" line; an addition repaints only what it adds
            getChildren().add(places.size() - 1, card);
        }
        for (int i = 0; i < places.size(); i++) {
            ObjectCard card = places.get(i);
            if (i < contents.size()) {
                card.show(contents.get(i), index, position, words);
                show(card, true);
            } else if (card.isVisible()) {
                if (card.isFocused()) {
                    // Enter must not open the inspector on an object the board no longer shows
                    requestFocus();
                }
                show(card, false);
                // an empty place: no id for a lookup to find, nothing to restyle
                card.clear();
            }
        }
        shown = contents.size();
        if (more != null) {
            notDrawn.setText(more);
        }
        show(notDrawn, more != null);
    }

    /** The cards shown, top to bottom. */
    List<ObjectCard> cards() {
        return places.subList(0, shown);
    }

    /** Every card of the column, shown or hidden. */
    List<ObjectCard> places() {
        return places;
    }

    /** Makes every card draw itself anew at its next {@link #show} (the language changed). */
    void forgetContents() {
        places.forEach(ObjectCard::forget);
    }

    private static void show(javafx.scene.Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
