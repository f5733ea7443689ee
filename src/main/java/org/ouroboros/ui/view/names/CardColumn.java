package org.ouroboros.ui.view.names;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.view.SkinnedLabels;
import org.ouroboros.ui.view.graph.SnapshotIndex;

/**
 * A column of object cards, kept {@link Places place by place}: each place shows the object that
 * comes there, and a line below them says how many objects are not drawn.
 */
final class CardColumn extends VBox {
    private final Places<ObjectCard> places = new Places<>(getChildren(), ObjectCard::new, ObjectCard::clear);
    private final Label notDrawn = ObjectCard.styled(SkinnedLabels.of(""), "names-not-drawn");

    CardColumn() {
        getStyleClass().add("names-objects");
        Places.show(notDrawn, false);
        getChildren().add(notDrawn);
    }

    /** Shows one card per content, in order, then {@code more} (null: nothing) below them. */
    void show(List<CardContent> contents, SnapshotIndex index, int position, LocalizedMessages words, String more) {
        List<ObjectCard> cards = places.take(contents.size());
        for (int i = 0; i < contents.size(); i++) {
            cards.get(i).show(contents.get(i), index, position, words);
        }
        if (more != null) {
            notDrawn.setText(more);
        }
        Places.show(notDrawn, more != null);
    }

    /** The cards shown, top to bottom. */
    List<ObjectCard> cards() {
        return places.shown();
    }

    /** Every card of the column, shown or hidden. */
    List<ObjectCard> places() {
        return places.all();
    }

    /** Makes every card draw itself anew at its next {@link #show} (the language changed). */
    void forgetContents() {
        places.all().forEach(ObjectCard::forget);
    }
}
