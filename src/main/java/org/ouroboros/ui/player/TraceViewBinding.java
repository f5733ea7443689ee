package org.ouroboros.ui.player;

import javafx.beans.InvalidationListener;
import javafx.util.Subscription;

/** Keeps a {@link TraceView} showing the player's current trace and position. */
public final class TraceViewBinding {
    private TraceViewBinding() {}

    /** Renders now and on every change of trace or position; the subscription undoes the binding. */
    public static Subscription bind(PlayerModel model, TraceView view) {
        InvalidationListener render = observable -> view.show(model.getTrace(), model.getPosition());
        model.positionProperty().addListener(render);
        model.traceProperty().addListener(render);
        view.show(model.getTrace(), model.getPosition());
        return () -> {
            model.positionProperty().removeListener(render);
            model.traceProperty().removeListener(render);
        };
    }
}
