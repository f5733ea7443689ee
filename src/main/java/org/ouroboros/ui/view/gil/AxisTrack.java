package org.ouroboros.ui.view.gil;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/** The time ruler above the lanes: round ticks in ns/µs/ms/s, rebuilt when the axis or width changes. */
public final class AxisTrack extends Pane {
    private final Rectangle clip = new Rectangle();
    private TimeAxis axis = new TimeAxis(0, 1_000_000, 100);
    private List<Long> shownTicks = List.of();

    public AxisTrack() {
        getStyleClass().add("axis-track");
        setClip(clip);
        setMinWidth(0);
        widthProperty().addListener(observable -> rebuild());
    }

    public void setAxis(TimeAxis value) {
        axis = value;
        rebuild();
    }

    private void rebuild() {
        TimeAxis sized = axis.withWidth(getWidth());
        List<Long> ticks = sized.ticks(110);
        if (ticks.equals(shownTicks) && !getChildren().isEmpty()) {
            requestLayout();
            return;
        }
        shownTicks = ticks;
        getChildren().clear();
        for (long t : ticks) {
            Label tick = new Label("\u2502" + TimeAxis.label(t));
            tick.getStyleClass().add("axis-tick");
            tick.setUserData(t);
            getChildren().add(tick);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        clip.setWidth(w);
        clip.setHeight(getHeight());
        TimeAxis sized = axis.withWidth(w);
        for (var node : getChildren()) {
            long t = (Long) node.getUserData();
            double pw = node.prefWidth(-1);
            node.resizeRelocate(Math.round(sized.x(t)) - 2, 0, pw, node.prefHeight(-1));
        }
    }
}
