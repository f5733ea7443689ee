package org.ouroboros.ui.view.mro;

import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.TraceFold;

/** Builds {@link MroState}s event by event, counting positions itself (the fold sees events in order). */
public final class MroFold implements TraceFold<PositionedMroState> {
    @Override
    public PositionedMroState initial() {
        return new PositionedMroState(new MroState(), -1);
    }

    @Override
    public PositionedMroState apply(PositionedMroState state, TraceEvent event) {
        int position = state.position() + 1;
        state.state().apply(event, position);
        return new PositionedMroState(state.state(), position);
    }

    @Override
    public PositionedMroState copy(PositionedMroState state) {
        return new PositionedMroState(state.state().copy(), state.position());
    }
}
