package org.ouroboros.ui.view.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import org.ouroboros.ui.player.LocalizedMessages;

/**
 * Draws a {@link WaitForGraph}: threads as rounded boxes, primitives as square boxes, on a
 * circle; arrows "waits for" (thread → primitive) and "held by" (primitive → thread), each
 * labelled in words. The cycle's nodes and arrows are thick, dashed-free and marked ⟳, so it
 * stands out without colour too.
 */
public final class WaitForGraphPane extends Pane {
    private static final double RADIUS = 150;
    private final Map<String, Label> nodeLabels = new HashMap<>();
    private WaitForGraph graph;

    public WaitForGraphPane() {
        getStyleClass().add("wait-for-graph");
        setMinSize(2 * RADIUS + 260, 2 * RADIUS + 100);
        setPrefSize(2 * RADIUS + 260, 2 * RADIUS + 100);
    }

    public void show(WaitForGraph value, LocalizedMessages words) {
        graph = value;
        getChildren().clear();
        nodeLabels.clear();
        if (value == null) {
            return;
        }
        for (WaitForGraph.Edge e : value.edges()) {
            Line line = new Line();
            line.getStyleClass().addAll("wait-edge", e.waitsFor() ? "wait-edge-waits" : "wait-edge-held");
            Polygon head = new Polygon();
            head.getStyleClass().addAll("wait-arrow", e.waitsFor() ? "wait-edge-waits" : "wait-edge-held");
            Label text = new Label(words.text(e.waitsFor() ? "sync.graph.waitsFor" : "sync.graph.heldBy"));
            text.getStyleClass().add("wait-edge-label");
            if (e.onCycle()) {
                line.getStyleClass().add("on-cycle");
                head.getStyleClass().add("on-cycle");
                text.getStyleClass().add("on-cycle");
            }
            line.setUserData(e);
            getChildren().addAll(line, head, text);
        }
        for (WaitForGraph.Node n : value.nodes()) {
            Label l = new Label((n.onCycle() ? "\u27f3 " : "") + n.label());
            l.getStyleClass().addAll("wait-node", n.kind() == WaitForGraph.Kind.THREAD ? "wait-node-thread" : "wait-node-primitive");
            if (n.onCycle()) {
                l.getStyleClass().add("on-cycle");
            }
            l.setUserData(n);
            nodeLabels.put(n.key(), l);
            getChildren().add(l);
        }
        requestLayout();
    }

    /** The node labels drawn (for tests). */
    public List<Label> nodeLabels() {
        return List.copyOf(nodeLabels.values());
    }

    @Override
    protected void layoutChildren() {
        if (graph == null) {
            return;
        }
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        List<WaitForGraph.Node> nodes = graph.nodes();
        Map<String, Point2D> centre = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.size());
            double r = nodes.size() == 1 ? 0 : RADIUS;
            Point2D p = new Point2D(cx + r * 1.35 * Math.cos(angle), cy + r * Math.sin(angle));
            centre.put(nodes.get(i).key(), p);
            Label l = nodeLabels.get(nodes.get(i).key());
            double w = l.prefWidth(-1);
            double h = l.prefHeight(-1);
            l.resizeRelocate(p.getX() - w / 2, p.getY() - h / 2, w, h);
        }
        int k = 0;
        var children = getChildren();
        for (WaitForGraph.Edge e : graph.edges()) {
            Line line = (Line) children.get(3 * k);
            Polygon head = (Polygon) children.get(3 * k + 1);
            Label text = (Label) children.get(3 * k + 2);
            k++;
            Point2D a = centre.get(e.from());
            Point2D b = centre.get(e.to());
            Label target = nodeLabels.get(e.to());
            Label source = nodeLabels.get(e.from());
            Point2D start = boxEdge(a, b, source);
            Point2D end = boxEdge(b, a, target);
            line.setStartX(start.getX());
            line.setStartY(start.getY());
            line.setEndX(end.getX());
            line.setEndY(end.getY());
            Point2D dir = end.subtract(start).normalize();
            Point2D normal = new Point2D(-dir.getY(), dir.getX());
            Point2D back = end.subtract(dir.multiply(14));
            head.getPoints().setAll(end.getX(), end.getY(),
                    back.getX() + normal.getX() * 7, back.getY() + normal.getY() * 7,
                    back.getX() - normal.getX() * 7, back.getY() - normal.getY() * 7);
            Point2D mid = start.midpoint(end).add(normal.multiply(14));
            double w = text.prefWidth(-1);
            double h = text.prefHeight(-1);
            text.resizeRelocate(mid.getX() - w / 2, mid.getY() - h / 2, w, h);
        }
    }

    /** Where the segment from {@code from} towards {@code to} leaves the box of {@code box} centred at {@code from}. */
    private static Point2D boxEdge(Point2D from, Point2D to, Label box) {
        double hw = box.prefWidth(-1) / 2 + 4;
        double hh = box.prefHeight(-1) / 2 + 4;
        Point2D d = to.subtract(from);
        if (d.magnitude() < 1e-6) {
            return from;
        }
        double tx = Math.abs(d.getX()) < 1e-6 ? Double.MAX_VALUE : hw / Math.abs(d.getX());
        double ty = Math.abs(d.getY()) < 1e-6 ? Double.MAX_VALUE : hh / Math.abs(d.getY());
        double t = Math.min(tx, ty);
        return from.add(d.multiply(Math.min(t, 0.5)));
    }
}
