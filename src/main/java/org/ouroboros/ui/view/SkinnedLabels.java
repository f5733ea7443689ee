package org.ouroboros.ui.view;

import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;

/**
 * Labels made with their skin, for views that add labels while the player steps. A label
 * without a skin gets one in the next pulse's CSS pass, and the skin adding its text node then
 * marks the scene's CSS dirty again after that pass: JavaFX runs one more pulse for it, in which
 * nothing on screen changed, and having no dirty region to paint it repaints the whole window
 * (with software rendering, 10 ms and more for a full view).
 */
public final class SkinnedLabels {
    private SkinnedLabels() {}

    /** A label showing {@code text}, its skin already made. */
    public static Label of(String text) {
        Label label = new Label(text);
        label.setSkin(new LabelSkin(label));
        return label;
    }
}
