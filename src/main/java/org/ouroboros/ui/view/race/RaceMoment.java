package org.ouroboros.ui.view.race;

import java.util.Map;

/**
 * The race as it stands at one trace position: the step just run, each racing thread's last
 * step and its pending load of the variable (loaded, not stored yet; stale when another thread
 * stored since), lost updates and switches so far, and the variable's value as counted from
 * the trace ({@code null} before its first store).
 */
public record RaceMoment(int position, int stepIndex, Step current, Map<Integer, Step> lastStep,
        Map<Integer, Integer> pendingLoad, Map<Integer, Boolean> staleLoad, int lostUpdates, int overwrittenStores,
        StoreRecord lastLost, int switches, int stores, Long countedValue) {

    /** True when the step at this position is the store that loses updates. */
    public boolean atLostUpdate() {
        return lastLost != null && lastLost.position() == position;
    }
}
