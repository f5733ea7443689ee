package org.ouroboros.ui.view.mro;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.QuadCurve;
import javafx.scene.shape.Polygon;
import org.ouroboros.ui.view.SkinnedLabels;

/**
 * The class hierarchy drawn in layers: one label per class, a line with an open triangle from
 * each subclass to each of its bases (UML's "is a"). Sizes come from the labels' CSS (em), so
 * the graph grows with the app's zoom; positions are recomputed in {@link #layoutChildren}.
 */
final class HierarchyGraph extends Region {
    /**
     * How a class is marked at the current step: always with text and border, never colour alone.
     * A pseudo-class of the node ({@code :joined}, …): a step flips it without re-matching CSS.
     */
    enum Mark {
        PLAIN, SELF, JOINED, TAKEN_NOW, REJECTED_NOW, BLOCKED;

        /** {@code :taken-now} for TAKEN_NOW; none for PLAIN. */
        final PseudoClass pseudoClass = name().equals("PLAIN") ? null
                : PseudoClass.getPseudoClass(name().toLowerCase().replace('_', '-'));
    }

    /** The shapes of one edge; kept and given the next hierarchy's edge instead of made again. */
    private record EdgeShapes(QuadCurve line, Polygon head, Label index) {
        static EdgeShapes create() {
            QuadCurve line = new QuadCurve();
            line.getStyleClass().add("mro-graph-edge");
            Polygon head = new Polygon();
            head.getStyleClass().add("mro-graph-arrow");
            Label index = SkinnedLabels.of("");
            index.getStyleClass().add("mro-graph-edge-index");
            return new EdgeShapes(line, head, index);
        }
    }

    private record Drawn(Hierarchy.Edge edge, EdgeShapes shapes) {
        QuadCurve line() {
            return shapes.line();
        }

        Polygon head() {
            return shapes.head();
        }

        Label index() {
            return shapes.index();
        }
    }

    /*
     * The children are always [line, head, index] per edge, then one label per class, then the
     * result-position badges in the classes' order: what a graph built from scratch holds. A new
     * hierarchy (the next class's merge) reuses the shapes and labels on screen by position and
     * only adds or removes the difference: a new node costs its CSS from scratch (matched against
     * the whole theme), a reused one only a new text.
     */
    private final List<EdgeShapes> edgeShapes = new ArrayList<>();
    private final List<Label> classLabels = new ArrayList<>();
    private final List<Label> badgeLabels = new ArrayList<>();
    private final Map<String, Label> nodes = new HashMap<>();
    private final Map<String, Label> badges = new HashMap<>();
    private final List<Drawn> edges = new ArrayList<>();
    private Hierarchy hierarchy;
    private final Runnable laidOut;

    /** @param laidOut called after each layout of the graph (see {@link RepaintMark}) */
    HierarchyGraph(Runnable laidOut) {
        this.laidOut = laidOut;
        getStyleClass().add("mro-graph");
    }

    /**
     * @param marks     how each class is marked (absent: plain)
     * @param positions each class's index in the result so far (absent: not in it yet)
     */
    void show(Hierarchy graph, Map<String, Mark> marks, Map<String, Integer> positions) {
        if (graph != null && graph == hierarchy) {
            // The same classes as on screen (a next step of the same merge): restyle, do not rebuild.
            updateMarks(marks, positions);
            return;
        }
        hierarchy = graph;
        nodes.clear();
        edges.clear();
        List<Hierarchy.Edge> wantedEdges = graph == null ? List.of() : graph.edges();
        List<Hierarchy.Node> wantedNodes = graph == null ? List.of() : graph.nodes();
        resizeEdges(wantedEdges.size());
        resizeClasses(wantedEdges.size() * 3, wantedNodes.size());
        if (graph == null) {
            resizeBadges(0);
            badges.clear();
            requestLayout();
            return;
        }
        Map<String, Integer> basesOf = new HashMap<>();
        for (Hierarchy.Edge e : wantedEdges) {
            basesOf.merge(e.child(), 1, Integer::sum);
        }
        for (int i = 0; i < wantedEdges.size(); i++) {
            Hierarchy.Edge e = wantedEdges.get(i);
            EdgeShapes shapes = edgeShapes.get(i);
            setText(shapes.index(), String.valueOf(e.index() + 1));
            boolean numbered = basesOf.get(e.child()) > 1;
            if (shapes.index().isVisible() != numbered) {
                shapes.index().setVisible(numbered);
            }
            for (javafx.scene.Node n : List.of(shapes.line(), shapes.head())) {
                if (!n.isVisible()) {
                    n.setVisible(true);
                }
            }
            edges.add(new Drawn(e, shapes));
        }
        for (int i = 0; i < wantedNodes.size(); i++) {
            Hierarchy.Node n = wantedNodes.get(i);
            Label label = classLabels.get(i);
            String id = "mro-graph-node-" + n.name();
            if (!id.equals(label.getId())) {
                label.setId(id);
            }
            nodes.put(n.name(), label);
        }
        updateMarks(marks, positions);
        requestLayout();
    }

    /** Keeps exactly {@code count} edges' shapes at the front of the children. */
    private void resizeEdges(int count) {
        int had = edgeShapes.size();
        if (count < had) {
            getChildren().remove(count * 3, had * 3);
            edgeShapes.subList(count, had).clear();
        } else if (count > had) {
            List<javafx.scene.Node> added = new ArrayList<>();
            for (int i = had; i < count; i++) {
                EdgeShapes shapes = EdgeShapes.create();
                edgeShapes.add(shapes);
                added.addAll(List.of(shapes.line(), shapes.head(), shapes.index()));
            }
            getChildren().addAll(had * 3, added);
        }
    }

    /** Keeps exactly {@code count} class labels, right after the edges' {@code from} shapes. */
    private void resizeClasses(int from, int count) {
        resizeLabels(classLabels, from, count, "mro-graph-node");
    }

    /** Keeps exactly {@code count} badges, the last children. */
    private void resizeBadges(int count) {
        resizeLabels(badgeLabels, getChildren().size() - badgeLabels.size(), count, "mro-graph-badge");
    }

    /**
     * Keeps exactly {@code count} labels in {@code pool}, whose labels are the children from index
     * {@code from} on: extra ones go, missing ones are made (with their skins) and added after them.
     */
    private void resizeLabels(List<Label> pool, int from, int count, String styleClass) {
        int had = pool.size();
        if (count < had) {
            getChildren().remove(from + count, from + had);
            pool.subList(count, had).clear();
        } else if (count > had) {
            List<Label> added = new ArrayList<>();
            for (int i = had; i < count; i++) {
                Label label = SkinnedLabels.of("");
                label.getStyleClass().add(styleClass);
                added.add(label);
            }
            pool.addAll(added);
            getChildren().addAll(from + had, added);
        }
    }

    private static void setText(Label label, String text) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
    }

    /** Each class's mark (text and style) and its result-position badge; only what differs is touched. */
    private void updateMarks(Map<String, Mark> marks, Map<String, Integer> positions) {
        boolean relayout = false;
        List<String> badged = new ArrayList<>();
        for (Hierarchy.Node n : hierarchy.nodes()) {
            Mark mark = marks.getOrDefault(n.name(), Mark.PLAIN);
            Label label = nodes.get(n.name());
            String text = markedName(n.name(), mark);
            if (!text.equals(label.getText())) {
                label.setText(text);
                relayout = true;
            }
            for (Mark m : Mark.values()) {
                if (m.pseudoClass != null && label.getPseudoClassStates().contains(m.pseudoClass) != (m == mark)) {
                    label.pseudoClassStateChanged(m.pseudoClass, m == mark);
                    relayout = true;
                }
            }
            if (positions.containsKey(n.name())) {
                badged.add(n.name());
            }
        }
        // Badges follow the edges and classes, in the classes' order: the same children as a fresh graph.
        if (badged.size() != badgeLabels.size()) {
            resizeBadges(badged.size());
            relayout = true;
        }
        badges.clear();
        for (int i = 0; i < badged.size(); i++) {
            Label badge = badgeLabels.get(i);
            String text = String.valueOf(positions.get(badged.get(i)));
            if (!text.equals(badge.getText())) {
                badge.setText(text);
                relayout = true;
            }
            badges.put(badged.get(i), badge);
        }
        if (relayout) {
            requestLayout();
        }
    }

    private static String markedName(String name, Mark mark) {
        return switch (mark) {
            case TAKEN_NOW -> name + " \u2713";
            case REJECTED_NOW -> name + " \u2717";
            default -> name;
        };
    }

    private double hgap() {
        return em() * 2.0;
    }

    private double vgap() {
        return em() * 2.8;
    }

    private double em() {
        Label any = nodes.values().stream().findFirst().orElse(null);
        return any == null ? 12 : any.getFont().getSize();
    }

    /** At least each class's CSS minimum height, which fits every mark's border: a mark does not move the rows. */
    private double rowHeight() {
        return nodes.values().stream().mapToDouble(l -> Math.max(l.prefHeight(-1), l.minHeight(-1))).max().orElse(0);
    }

    private double layerWidth(int layer) {
        double w = 0;
        int count = 0;
        for (Hierarchy.Node n : hierarchy.nodes()) {
            if (n.layer() == layer) {
                w += nodes.get(n.name()).prefWidth(-1);
                count++;
            }
        }
        return w + Math.max(0, count - 1) * hgap();
    }

    @Override
    protected double computePrefWidth(double height) {
        if (hierarchy == null) {
            return 0;
        }
        double w = 0;
        for (int l = 0; l < hierarchy.layerCount(); l++) {
            w = Math.max(w, layerWidth(l));
        }
        return w + snappedLeftInset() + snappedRightInset() + em();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (hierarchy == null) {
            return 0;
        }
        int layers = hierarchy.layerCount();
        return layers * rowHeight() + Math.max(0, layers - 1) * vgap() + snappedTopInset() + snappedBottomInset()
                + em() * 0.6;
    }

    @Override
    protected void layoutChildren() {
        if (hierarchy == null) {
            laidOut.run();
            return;
        }
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double row = rowHeight();
        for (int l = 0; l < hierarchy.layerCount(); l++) {
            double x = snappedLeftInset() + Math.max(0, (width - layerWidth(l)) / 2);
            double y = snappedTopInset() + em() * 0.6 + l * (row + vgap());
            for (Hierarchy.Node n : hierarchy.nodes()) {
                if (n.layer() != l) {
                    continue;
                }
                Label label = nodes.get(n.name());
                double w = label.prefWidth(-1);
                label.resizeRelocate(snap(x), snap(y), w, row);
                Label badge = badges.get(n.name());
                if (badge != null) {
                    double bw = badge.prefWidth(-1);
                    double bh = badge.prefHeight(-1);
                    badge.resizeRelocate(snap(x + w - bw * 0.35), snap(y + (row - bh) / 2), bw, bh);
                }
                x += w + hgap();
            }
        }
        for (Drawn d : edges) {
            placeEdge(d);
        }
        laidOut.run();
    }

    /**
     * Sets the polygon's points only when they differ: setting equal points still marks the shape
     * changed, and every layout of the graph (each step that restyles a class) would repaint
     * every arrowhead.
     */
    private static void setPoints(Polygon polygon, Double... points) {
        if (!polygon.getPoints().equals(java.util.Arrays.asList(points))) {
            polygon.getPoints().setAll(points);
        }
    }

    private double snap(double v) {
        return snapPositionX(v);
    }

    /**
     * From the bottom centre of the subclass to the top centre of the base, triangle at the base.
     * An edge that skips layers bends sideways so it does not run through the classes between.
     */
    private void placeEdge(Drawn d) {
        Label child = nodes.get(d.edge().child());
        Label base = nodes.get(d.edge().base());
        if (child == null || base == null) {
            d.line().setVisible(false);
            d.head().setVisible(false);
            d.index().setVisible(false);
            return;
        }
        Bounds c = child.getBoundsInParent();
        Bounds b = base.getBoundsInParent();
        double x1 = c.getCenterX();
        double y1 = c.getMaxY();
        double x2 = b.getCenterX();
        double y2 = b.getMinY();
        double size = em() * 0.7;
        int span = hierarchy.node(d.edge().base()).layer() - hierarchy.node(d.edge().child()).layer();
        double cx = (x1 + x2) / 2;
        double cy = (y1 + y2) / 2;
        if (span > 1) {
            double side = Math.abs(x2 - x1) > 1 ? Math.signum(x2 - x1) : (d.edge().index() == 0 ? -1 : 1);
            cx += side * em() * 5 * (span - 1);
        }
        // Direction into the base: from the control point to the end.
        double len = Math.hypot(x2 - cx, y2 - cy);
        double ux = len == 0 ? 0 : (x2 - cx) / len;
        double uy = len == 0 ? 1 : (y2 - cy) / len;
        // The line stops at the triangle's base so the open triangle stays open.
        double bx = x2 - ux * size;
        double by = y2 - uy * size;
        d.line().setStartX(x1);
        d.line().setStartY(y1);
        d.line().setControlX(cx);
        d.line().setControlY(cy);
        d.line().setEndX(bx);
        d.line().setEndY(by);
        double px = -uy * size * 0.6;
        double py = ux * size * 0.6;
        setPoints(d.head(), x2, y2, bx + px, by + py, bx - px, by - py);
        double lx = cx - x1;
        double ly = cy - y1;
        double llen = Math.hypot(lx, ly);
        ux = llen == 0 ? 0 : lx / llen;
        uy = llen == 0 ? 1 : ly / llen;
        Label index = d.index();
        double iw = index.prefWidth(-1);
        double ih = index.prefHeight(-1);
        index.resizeRelocate(x1 + ux * size * 1.6 - iw / 2 + (ux >= 0 ? iw * 0.6 : -iw * 0.6),
                y1 + uy * size * 1.6 - ih / 2, iw, ih);
    }
}
