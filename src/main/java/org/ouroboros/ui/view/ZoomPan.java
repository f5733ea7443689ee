package org.ouroboros.ui.view;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * A diagram in a pannable scroll pane with its own zoom (Ctrl+wheel, or {@link #zoomIn()} /
 * {@link #zoomOut()} from buttons), on top of the app's type-size zoom. Shared by the views
 * that draw diagrams (dispatch, creation, generators, event loop, I/O models). The content is scaled
 * inside a {@link ZoomFrame}, so the scroll pane sees the zoomed size and the scroll bars stay right.
 */
public final class ZoomPan {
    public static final double MIN = 0.4;
    public static final double MAX = 3.0;
    private static final double STEP = 1.15;

    private final ScrollPane scroll = new ScrollPane();
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1.0);

    public ZoomPan(Region content) {
        ZoomFrame frame = new ZoomFrame(content);
        scale.addListener((obs, old, factor) -> frame.setZoom(factor.doubleValue()));
        scroll.setContent(frame);
        scroll.setPannable(true);
        ScrollPanes.paintChangesOnly(scroll);
        scroll.getStyleClass().add("zoom-pan");
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                setScale(scale.get() * (e.getDeltaY() > 0 ? STEP : 1 / STEP));
                e.consume();
            }
        });
    }

    public ScrollPane node() {
        return scroll;
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public double getScale() {
        return scale.get();
    }

    /** Sets the zoom, clamped to {@link #MIN}..{@link #MAX}. */
    public void setScale(double value) {
        scale.set(Math.max(MIN, Math.min(MAX, value)));
    }

    public void zoomIn() {
        setScale(scale.get() * STEP);
    }

    public void zoomOut() {
        setScale(scale.get() / STEP);
    }

    public void reset() {
        setScale(1.0);
    }
}
