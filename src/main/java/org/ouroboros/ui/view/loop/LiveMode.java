package org.ouroboros.ui.view.loop;

/** How a live run paces the loop: free, slowed down, or one iteration per click. */
public enum LiveMode {
    LIVE("loop.controls.live"),
    SLOW("loop.controls.slow"),
    STEP("loop.controls.step");

    /** Pause before each iteration in {@link #SLOW}. */
    public static final long SLOW_MILLIS = 500;

    private final String key;

    LiveMode(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
