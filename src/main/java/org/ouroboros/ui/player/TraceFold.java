package org.ouroboros.ui.player;

import org.ouroboros.trace.TraceEvent;

/**
 * How a view's state evolves event by event: the state at position {@code k} is
 * {@code initial()} with events {@code 0..k} applied in order.
 *
 * @param <S> the view's state; may be mutable as long as {@link #copy} makes an independent one
 */
public interface TraceFold<S> {
    S initial();

    /** Applies one event, mutating {@code state} or returning a new one; ignores events it does not know. */
    S apply(S state, TraceEvent event);

    /** A copy that later {@link #apply} calls on the original cannot change. */
    S copy(S state);
}
