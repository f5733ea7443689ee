package org.ouroboros.ui.view.mro;

/** An {@link MroState} and the trace position it is the state after. */
public record PositionedMroState(MroState state, int position) {}
