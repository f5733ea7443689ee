package org.ouroboros.ui.view.names;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * Nodes of one kind kept place by place in a parent, for a board that shows a varying number of
 * them. Places beyond the ones needed are emptied and hidden, never removed: JavaFX repaints a
 * whole parent when a child leaves it, and the names board's columns are as tall as the board.
 */
final class Places<N extends Node> {
    private final List<Node> parent;
    private final Supplier<N> make;
    private final Consumer<N> empty;
    private final List<N> places = new ArrayList<>();
    private int shown;

    /**
     * @param parent the parent's children; new places go after the ones there are (and before
     *               any other children that follow them)
     * @param empty what a place does when it is hidden (forget its content and ids)
     */
    Places(List<Node> parent, Supplier<N> make, Consumer<N> empty) {
        this.parent = parent;
        this.make = make;
        this.empty = empty;
    }

    /** The first {@code count} places, shown (made as needed); the others are emptied and hidden. */
    List<N> take(int count) {
        while (places.size() < count) {
            N made = make.get();
            // an addition repaints only what it adds
            parent.add(places.size(), made);
            places.add(made);
        }
        for (int i = 0; i < places.size(); i++) {
            N node = places.get(i);
            if (i < count) {
                show(node, true);
            } else if (node.isVisible()) {
                if (node.isFocused()) {
                    // a key must not act on what the board no longer shows
                    node.getParent().requestFocus();
                }
                show(node, false);
                empty.accept(node);
            }
        }
        shown = count;
        return shown();
    }

    /** The places shown, in order. */
    List<N> shown() {
        return places.subList(0, shown);
    }

    /** Every place, shown or hidden. */
    List<N> all() {
        return places;
    }

    static void show(Node node, boolean on) {
        node.setVisible(on);
        node.setManaged(on);
    }
}
