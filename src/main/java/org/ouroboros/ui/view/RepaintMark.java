package org.ouroboros.ui.view;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One transparent pixel in the view's top-left corner, marked changed in every pulse where the
 * view changes something. When a pulse changes only nodes that are out of sight (a scroll pane's
 * content below its visible part, such as the MRO table under a long derivation, or names-view
 * cards below the fold), JavaFX finds no dirty region to paint and repaints the whole window
 * instead. With this pixel changed in the same pulse there is always a visible dirty region, and
 * the pulse paints just that: software rendering spent 10 to 30 ms on each of those whole-window
 * repaints.
 *
 * <p>A view marks it either after each of its layouts ({@link #touch}) or, when it cannot tell
 * which pulse its changes land in, for the pulse of a step and the one after ({@link #touchForTwoPulses}).
 */
public final class RepaintMark {
    private final Rectangle pixel = new Rectangle(1, 1, Color.TRANSPARENT);
    /** Pulses still to mark after {@link #touchForTwoPulses}; nothing is marked (and no pulse asked for) at 0. */
    private int pulsesToMark;
    private final Runnable afterLayout = () -> {
        if (pulsesToMark > 0) {
            pulsesToMark--;
            touch();
        }
    };

    public RepaintMark() {
        pixel.setManaged(false);
        pixel.setMouseTransparent(true);
        pixel.getStyleClass().add("repaint-mark");
        pixel.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
    }

    public Node node() {
        return pixel;
    }

    /** Marks the pixel changed (it stays transparent: only its opacity flips). */
    public void touch() {
        pixel.setOpacity(pixel.getOpacity() == 1 ? 0.5 : 1);
    }

    /**
     * Marks the pixel changed after the layout of the next pulse and of the one after it: a step's
     * changes are laid out in the first, and what they set off (a scroll bar, nodes styled late)
     * in the second.
     */
    public void touchForTwoPulses() {
        pulsesToMark = 2;
    }
}
