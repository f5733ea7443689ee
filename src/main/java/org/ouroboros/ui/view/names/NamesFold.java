package org.ouroboros.ui.view.names;

import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.TraceFold;

/** Builds {@link NamesState} from frame, line, name and comparison events. */
public final class NamesFold implements TraceFold<NamesState> {
    @Override
    public NamesState initial() {
        return new NamesState();
    }

    @Override
    public NamesState apply(NamesState state, TraceEvent event) {
        if (event instanceof ObjectEvent.NameBound e) {
            state.bound(e);
        } else if (event instanceof ObjectEvent.NameUnbound e) {
            state.unbound(e);
        } else if (event instanceof ObjectEvent.ObjectsCompared e) {
            state.compared(e);
        } else if (event instanceof ExecutionEvent.LineReached) {
            state.line();
        } else if (event instanceof ExecutionEvent.FrameEntered e) {
            state.entered(e);
        } else if (event instanceof ExecutionEvent.FrameExited e) {
            state.exited(e);
        }
        return state;
    }

    @Override
    public NamesState copy(NamesState state) {
        return state.copy();
    }
}
