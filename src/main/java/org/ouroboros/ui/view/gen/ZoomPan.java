package org.ouroboros.ui.view.gen;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.ScrollEvent;

/**
 * A drawing that can be zoomed (Ctrl + wheel, or {@link #zoomProperty()}) and panned (drag or
 * scroll bars). Shared by the generator, event-loop and I/O-model views.
 */
public final class ZoomPan {
    public static final double MIN = 0.4;
    public static final double MAX = 3.0;

    private final ScrollPane scroll;
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);

    public ZoomPan(Node content) {
        Group scaled = new Group(content);
        scroll = new ScrollPane(new Group(scaled));
        scroll.getStyleClass().add("zoom-pan");
        scroll.setPannable(true);
        scroll.setFitToWidth(false);
        zoom.addListener((obs, old, z) -> {
            content.setScaleX(z.doubleValue());
            content.setScaleY(z.doubleValue());
        });
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isControlDown() && e.getDeltaY() != 0) {
                setZoom(zoom.get() * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1));
                e.consume();
            }
        });
    }

    public ScrollPane node() {
        return scroll;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Sets the zoom, kept within {@link #MIN}..{@link #MAX}. */
    public void setZoom(double value) {
        zoom.set(Math.max(MIN, Math.min(MAX, value)));
    }

    public double getZoom() {
        return zoom.get();
    }
}
