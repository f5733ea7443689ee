package org.ouroboros.ui.view.gil;

/**
 * What a simulated thread (or a core) is doing over a stretch of virtual time. Each state has a
 * style class (colour and pattern come from the stylesheet), a glyph and a bundle key for its
 * label, so colour is never the only thing that tells two states apart.
 */
public enum LaneState {
    RUNNING("lane-running", "\u25b6", "state.running"),
    WAITING_GIL("lane-waiting-gil", "\u29d7", "state.waitingGil"),
    READY("lane-ready", "\u2026", "state.ready"),
    BLOCKED("lane-blocked", "\u25a0", "state.blocked"),
    SLEEPING("lane-sleeping", "z", "state.sleeping"),
    IO("lane-io", "\u21c5", "state.io"),
    DONE("lane-done", "\u2713", "state.done");

    private final String styleClass;
    private final String glyph;
    private final String key;

    LaneState(String styleClass, String glyph, String key) {
        this.styleClass = styleClass;
        this.glyph = glyph;
        this.key = key;
    }

    public String styleClass() {
        return styleClass;
    }

    public String glyph() {
        return glyph;
    }

    /** The bundle key of the state's name. */
    public String key() {
        return key;
    }

    /** True when the thread uses a core in this state (it counts as CPU time). */
    public boolean onCpu() {
        return this == RUNNING;
    }
}
