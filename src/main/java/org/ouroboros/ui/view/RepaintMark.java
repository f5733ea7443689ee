package org.ouroboros.ui.view;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One transparent pixel in the view's top-left corner, marked changed whenever a panel of the
 * view lays its children out. When a pulse changes only nodes that are out of sight (a scroll
 * pane's content below its visible part, such as the table and the graph under a long
 * derivation), JavaFX finds no dirty region to paint and repaints the whole window instead.
 * With this pixel changed in the same pulse there is always a visible dirty region, and the
 * pulse paints just that: software rendering spent 10 to 25 ms on each of those whole-window
 * repaints.
 */
public final class RepaintMark {
    private final Rectangle pixel = new Rectangle(1, 1, Color.TRANSPARENT);

    public RepaintMark() {
        pixel.setManaged(false);
        pixel.setMouseTransparent(true);
        pixel.getStyleClass().add("repaint-mark");
    }

    public Node node() {
        return pixel;
    }

    /** Marks the pixel changed (it stays transparent: only its opacity flips). */
    public void touch() {
        pixel.setOpacity(pixel.getOpacity() == 1 ? 0.5 : 1);
    }
}
