package org.ouroboros.ui.view.sync;

import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.TraceFold;

/** Folds scheduler events into a {@link SyncState}. */
public final class SyncFold implements TraceFold<SyncState> {
    @Override
    public SyncState initial() {
        return new SyncState();
    }

    @Override
    public SyncState apply(SyncState state, TraceEvent event) {
        state.apply(event);
        return state;
    }

    @Override
    public SyncState copy(SyncState state) {
        return state.copy();
    }
}
