package org.ouroboros.ui.view.gil;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * One horizontal track of the chart: nodes placed by virtual time under the shared
 * {@link TimeAxis}. Interval nodes fill their time span; point nodes are centred on their time;
 * the cursor is a thin bar at the player's time. Height comes from the stylesheet (em), so
 * presentation mode makes tracks taller along with the text.
 */
public final class LaneTrack extends Pane {
    private record Placed(Node node, long start, long end, boolean point) {}

    private final List<Placed> placed = new ArrayList<>();
    private final Region cursor = new Region();
    private final Rectangle clip = new Rectangle();
    private TimeAxis axis = new TimeAxis(0, 1_000_000, 100);
    private long cursorTime = -1;

    public LaneTrack() {
        getStyleClass().add("lane-track");
        cursor.getStyleClass().add("timeline-cursor");
        cursor.setManaged(false);
        cursor.setMouseTransparent(true);
        setClip(clip);
        setMinWidth(0);
    }

    public void setAxis(TimeAxis value) {
        axis = value;
        requestLayout();
    }

    public void setCursorTime(long time) {
        cursorTime = time;
        requestLayout();
    }

    public void clearItems() {
        placed.clear();
        getChildren().clear();
    }

    public void addInterval(Node node, long start, long end) {
        placed.add(new Placed(node, start, end, false));
        getChildren().add(node);
    }

    public void addPoint(Node node, long time) {
        placed.add(new Placed(node, time, time, true));
        getChildren().add(node);
    }

    /** Items placed on this track (for tests and export checks). */
    public List<Node> items() {
        return placed.stream().map(Placed::node).toList();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        for (Placed p : placed) {
            double x0 = axis.x(p.start());
            if (p.point()) {
                double pw = p.node().prefWidth(-1);
                double ph = Math.min(h, p.node().prefHeight(-1));
                p.node().resizeRelocate(Math.round(x0 - pw / 2), 0, pw, ph);
                p.node().setVisible(x0 >= -pw && x0 <= w + pw);
            } else {
                double x1 = axis.x(p.end());
                // Keep nodes that lie far off screen small: a zoomed-in axis maps them to huge widths.
                double left = Math.max(-2, x0);
                double right = Math.min(w + 2, x1);
                boolean shown = right > left;
                p.node().setVisible(shown);
                if (shown) {
                    p.node().resizeRelocate(Math.floor(left), 1, Math.max(1, Math.ceil(right) - Math.floor(left)), h - 2);
                }
            }
        }
        if (cursorTime >= 0) {
            if (!getChildren().contains(cursor)) {
                getChildren().add(cursor);
            }
            cursor.toFront();
            double cx = axis.x(cursorTime);
            cursor.resizeRelocate(Math.round(cx) - 1, 0, 3, h);
            cursor.setVisible(cx >= -2 && cx <= w + 2);
        } else {
            getChildren().remove(cursor);
        }
    }
}
