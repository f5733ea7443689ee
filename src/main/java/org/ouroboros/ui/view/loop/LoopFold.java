package org.ouroboros.ui.view.loop;

import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.TraceFold;

/** Builds {@link LoopState}s event by event. */
public final class LoopFold implements TraceFold<LoopState> {
    @Override
    public LoopState initial() {
        return new LoopState();
    }

    @Override
    public LoopState apply(LoopState state, TraceEvent event) {
        state.apply(event);
        return state;
    }

    @Override
    public LoopState copy(LoopState state) {
        return state.copy();
    }
}
