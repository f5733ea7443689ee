package org.ouroboros.ui.view.graph;

import javafx.geometry.Bounds;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Shape;

/**
 * One drawn edge. "Subclass of": a solid line ending in a hollow triangle (UML generalization).
 * "Instance of": a dashed, slightly bent line ending in an open arrowhead. The two differ in line
 * style and head, so they read without colour. A node that is an instance of itself ({@code type})
 * gets a dashed loop over its top-right corner.
 */
final class EdgeShape extends Group {
    private final GraphEdge edge;
    private final CubicCurve line = new CubicCurve();
    private final Shape head;

    EdgeShape(GraphEdge edge) {
        this.edge = edge;
        boolean instanceOf = edge.kind() == GraphEdge.Kind.INSTANCE_OF;
        getStyleClass().addAll("graph-edge", instanceOf ? "graph-edge-instance-of" : "graph-edge-subclass-of");
        line.getStyleClass().add("graph-edge-line");
        line.setFill(null);
        head = instanceOf ? new Polyline() : new Polygon();
        head.getStyleClass().add("graph-edge-head");
        setId("graph-edge-" + edge.key());
        getChildren().addAll(line, head);
        setMouseTransparent(true);
    }

    GraphEdge edge() {
        return edge;
    }

    /** Routes the edge between two placed node boxes; {@code em} scales bends and heads. */
    void route(Bounds from, Bounds to, double em) {
        if (edge.isLoop()) {
            loop(from, em);
            return;
        }
        double fx = from.getCenterX();
        double fy = from.getCenterY();
        double tx = to.getCenterX();
        double ty = to.getCenterY();
        double dx = tx - fx;
        double dy = ty - fy;
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        // Instance-of edges bow to one side, so object→type and type→object do not lie on one line.
        double bend = edge.kind() == GraphEdge.Kind.INSTANCE_OF ? em * 1.6 : 0;
        double cx = (fx + tx) / 2 - dy / len * bend;
        double cy = (fy + ty) / 2 + dx / len * bend;
        double[] start = boundary(from, cx, cy);
        double[] end = boundary(to, cx, cy);
        setCurve(start[0], start[1], cx, cy, cx, cy, end[0], end[1]);
        arrowHead(cx, cy, end[0], end[1], em);
    }

    private void loop(Bounds box, double em) {
        double x1 = box.getMaxX() - box.getWidth() * 0.25;
        double y1 = box.getMinY();
        double x2 = box.getMaxX();
        double y2 = box.getMinY() + box.getHeight() * 0.3;
        double r = em * 2.6;
        setCurve(x1, y1, x1 + r * 0.2, y1 - r, x2 + r, y2 - r * 0.2, x2, y2);
        arrowHead(x2 + r, y2 - r * 0.2, x2, y2, em);
    }

    private void setCurve(double sx, double sy, double c1x, double c1y, double c2x, double c2y, double ex, double ey) {
        line.setStartX(sx);
        line.setStartY(sy);
        line.setControlX1(c1x);
        line.setControlY1(c1y);
        line.setControlX2(c2x);
        line.setControlY2(c2y);
        line.setEndX(ex);
        line.setEndY(ey);
    }

    /** The head points from (px, py) into (x, y); the line stops at the triangle's base. */
    private void arrowHead(double px, double py, double x, double y, double em) {
        double size = em * 0.8;
        double dx = x - px;
        double dy = y - py;
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double bx = x - ux * size;
        double by = y - uy * size;
        double wx = -uy * size * 0.55;
        double wy = ux * size * 0.55;
        if (head instanceof Polygon triangle) {
            triangle.getPoints().setAll(x, y, bx + wx, by + wy, bx - wx, by - wy);
            line.setEndX(bx);
            line.setEndY(by);
        } else {
            ((Polyline) head).getPoints().setAll(bx + wx, by + wy, x, y, bx - wx, by - wy);
        }
    }

    /** Where the line from the box's centre towards (px, py) leaves the box. */
    static double[] boundary(Bounds box, double px, double py) {
        double cx = box.getCenterX();
        double cy = box.getCenterY();
        double vx = px - cx;
        double vy = py - cy;
        double hw = box.getWidth() / 2 + 2;
        double hh = box.getHeight() / 2 + 2;
        double s = Math.max(Math.abs(vx) / hw, Math.abs(vy) / hh);
        if (s < 1e-9) {
            return new double[] {cx, cy};
        }
        return new double[] {cx + vx / s, cy + vy / s};
    }
}
