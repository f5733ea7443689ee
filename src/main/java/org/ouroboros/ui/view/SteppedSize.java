package org.ouroboros.ui.view;

/**
 * Sizes that grow in coarse steps. Software rendering repaints a region whole, with everything
 * in it, whenever its size changes; a diagram that gains a row or a card per step and is sized
 * to fit exactly would repaint all of itself at every step. Rounded up to a step, it resizes now
 * and then.
 */
public final class SteppedSize {
    private SteppedSize() {}

    /** {@code size} rounded up to a whole number of {@code step}s (a size already whole stays). */
    public static double roundUp(double size, double step) {
        return Math.ceil(size / step - 1e-9) * step;
    }
}
