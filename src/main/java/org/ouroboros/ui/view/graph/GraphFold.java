package org.ouroboros.ui.view.graph;

import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.player.TraceFold;

/** Builds the {@link GraphState} from class and object snapshots; other events leave it unchanged. */
public final class GraphFold implements TraceFold<GraphState> {
    /** Instances drawn per class before the rest collapse into one node. */
    public static final int DEFAULT_CAP = 16;

    private final int cap;

    public GraphFold() {
        this(DEFAULT_CAP);
    }

    public GraphFold(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + cap);
        }
        this.cap = cap;
    }

    @Override
    public GraphState initial() {
        return new GraphState(cap);
    }

    @Override
    public GraphState apply(GraphState state, TraceEvent event) {
        if (event instanceof ObjectEvent.ClassSnapshot c) {
            state.add(c);
        } else if (event instanceof ObjectEvent.ObjectSnapshot s) {
            state.add(s);
        }
        return state;
    }

    @Override
    public GraphState copy(GraphState state) {
        return state.copy();
    }
}
