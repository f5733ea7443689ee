package org.ouroboros.ui.view.gen;

import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.TraceFold;

/** Builds {@link GenState}s event by event. */
public final class GenFold implements TraceFold<GenState> {
    @Override
    public GenState initial() {
        return new GenState();
    }

    @Override
    public GenState apply(GenState state, TraceEvent event) {
        state.apply(event);
        return state;
    }

    @Override
    public GenState copy(GenState state) {
        return state.copy();
    }
}
