package org.ouroboros.ui.view.creation;

import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.TraceFold;

/** Builds {@link CreationState}s event by event; the fold counts positions itself. */
public final class CreationFold implements TraceFold<CreationFold.Positioned> {
    /** The state after the event at {@code position}. */
    public record Positioned(CreationState state, int position) {}

    @Override
    public Positioned initial() {
        return new Positioned(new CreationState(), -1);
    }

    @Override
    public Positioned apply(Positioned state, TraceEvent event) {
        int position = state.position() + 1;
        state.state().apply(event, position);
        return new Positioned(state.state(), position);
    }

    @Override
    public Positioned copy(Positioned state) {
        return new Positioned(state.state().copy(), state.position());
    }
}
