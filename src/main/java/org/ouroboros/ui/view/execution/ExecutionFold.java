package org.ouroboros.ui.view.execution;

import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.TraceFold;

/** Builds {@link ExecutionState}s event by event. */
public final class ExecutionFold implements TraceFold<ExecutionState> {
    @Override
    public ExecutionState initial() {
        return new ExecutionState();
    }

    @Override
    public ExecutionState apply(ExecutionState state, TraceEvent event) {
        state.apply(event);
        return state;
    }

    @Override
    public ExecutionState copy(ExecutionState state) {
        return state.copy();
    }
}
