package org.ouroboros.ui.view.gil;

/** One lane of the chart: a simulated thread (or process), a core, or the GIL band. */
public record LaneInfo(int id, Kind kind, String name) {
    public enum Kind { THREAD, CORE, GIL }
}
