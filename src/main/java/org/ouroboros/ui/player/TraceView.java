package org.ouroboros.ui.player;

import javafx.scene.Node;
import org.ouroboros.trace.Trace;

/**
 * A view of a trace: anything the player moves. {@link #show} must render the state after
 * events {@code 0..position} ({@code -1}: before the first) as a pure function of its
 * arguments, never by undoing or remembering how it got there; {@link CheckpointedFold} makes
 * that fast for long traces. Connect a view to a player with {@link TraceViewBinding#bind}.
 */
public interface TraceView {
    /** The node to place in the scene; the same node for the life of the view. */
    Node node();

    /** Renders the state of {@code trace} at {@code position}. Called on the FX thread. */
    void show(Trace trace, int position);
}
