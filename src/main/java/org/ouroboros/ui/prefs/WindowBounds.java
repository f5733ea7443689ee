package org.ouroboros.ui.prefs;

/** Where the main window was and how big, so it reopens the same way. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false);

    public WindowBounds {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("window size must be positive: " + width + "x" + height);
        }
    }

    /** True when x/y are known; otherwise the window is centred. */
    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
