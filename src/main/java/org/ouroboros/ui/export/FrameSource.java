package org.ouroboros.ui.export;

import javafx.scene.image.WritableImage;

/**
 * Pictures of one view at player positions, for an animation. Both methods run on the FX thread,
 * a few frames at a time, so the window stays responsive between batches.
 */
public interface FrameSource {
    /** The view's pixels at {@code position}. */
    WritableImage frame(int position);

    /** After each batch: put back whatever the user saw before it (the live player's position). */
    default void afterBatch() {
    }
}
